package org.rampart.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The upload size limit of every file upload, page or API ({@code rampart.upload.max-bytes}; 413 when exceeded). */
@Component
public class UploadLimit {

    private final long maxBytes;

    UploadLimit(@Value("${rampart.upload.max-bytes:20971520}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** Refuse a size over the limit (413), before reading anything when the size is announced. */
    public void check(long bytes) {
        if (bytes > maxBytes) {
            throw new MaxUploadSizeExceededException(maxBytes);
        }
    }

    /** A stream that fails with 413 once more than the limit has been read (bodies of unknown length). */
    public InputStream limited(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    check(++read);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read += n;
                    check(read);
                }
                return n;
            }
        };
    }

    /** Name the source of uploaded data for records: the kind and the file name without control characters. */
    public static String source(String kind, String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return kind;
        }
        String name = fileName.replaceAll("[\\p{Cntrl}]", "");
        return kind + ":" + (name.length() > 150 ? name.substring(0, 150) : name);
    }
}
