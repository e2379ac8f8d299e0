package org.rampart.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decode a UTF-8 byte stream as it is read, refusing (never replacing) an invalid byte sequence with an exception
 * that names the line it is on. The line is counted on the bytes themselves (LF, CR LF and a lone CR end a line), so
 * it is exact however far a buffered reader above has read ahead.
 */
final class Utf8LineReader extends Reader {

    /** The stream holds a byte sequence that is not UTF-8, on {@link #line()} (1-based). */
    static final class InvalidUtf8 extends IOException {
        private final int line;

        InvalidUtf8(int line) {
            super("invalid UTF-8 on line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;
    private int line = 1;
    private boolean afterCr;
    private int pendingLow = -1;

    Utf8LineReader(InputStream in) {
        this.in = in;
    }

    private int nextByte() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }

    private int continuation(int min, int max) throws IOException {
        int b = nextByte();
        if (b < min || b > max) {
            throw new InvalidUtf8(line);
        }
        return b & 0x3F;
    }

    /** The next code point, or -1 at the end of the stream. */
    private int codePoint() throws IOException {
        int b = nextByte();
        if (b < 0) {
            return -1;
        }
        if (b < 0x80) {
            if (b == '\n') {
                if (!afterCr) {
                    line++;
                }
            } else if (b == '\r') {
                line++;
            }
            afterCr = b == '\r';
            return b;
        }
        afterCr = false;
        if (b >= 0xC2 && b <= 0xDF) {
            return (b & 0x1F) << 6 | continuation(0x80, 0xBF);
        }
        if (b >= 0xE0 && b <= 0xEF) {
            int min = b == 0xE0 ? 0xA0 : 0x80;
            int max = b == 0xED ? 0x9F : 0xBF;
            int c1 = continuation(min, max);
            return (b & 0x0F) << 12 | c1 << 6 | continuation(0x80, 0xBF);
        }
        if (b >= 0xF0 && b <= 0xF4) {
            int min = b == 0xF0 ? 0x90 : 0x80;
            int max = b == 0xF4 ? 0x8F : 0xBF;
            int c1 = continuation(min, max);
            int c2 = continuation(0x80, 0xBF);
            return (b & 0x07) << 18 | c1 << 12 | c2 << 6 | continuation(0x80, 0xBF);
        }
        throw new InvalidUtf8(line);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n < length) {
            if (pendingLow >= 0) {
                target[offset + n++] = (char) pendingLow;
                pendingLow = -1;
                continue;
            }
            // Stop at a buffer boundary once something was decoded, so that a reader above is not kept waiting.
            if (n > 0 && position == limit) {
                break;
            }
            int cp = codePoint();
            if (cp < 0) {
                return n == 0 ? -1 : n;
            }
            if (Character.isBmpCodePoint(cp)) {
                target[offset + n++] = (char) cp;
            } else {
                target[offset + n++] = Character.highSurrogate(cp);
                pendingLow = Character.lowSurrogate(cp);
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
