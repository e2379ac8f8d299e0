package org.rampart.warning.cap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Read a CAP message body up to the size limit; a larger one is refused with 413 before it is parsed. */
final class CapBodies {

    private CapBodies() {
    }

    static byte[] read(InputStream in, long announcedLength) throws IOException {
        if (announcedLength > CapParser.MAX_BYTES) {
            throw tooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            if (out.size() > CapParser.MAX_BYTES) {
                throw tooLarge();
            }
        }
        return out.toByteArray();
    }

    static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, new CapTooLargeException(CapParser.MAX_BYTES).getMessage());
    }
}
