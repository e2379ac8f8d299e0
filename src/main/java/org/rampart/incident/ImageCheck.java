package org.rampart.incident;

import java.util.Locale;

/** Tell what an uploaded file is from its first bytes, so that a file claiming to be an image must be one. */
final class ImageCheck {

    private ImageCheck() {
    }

    /** The image type the bytes begin with ("image/jpeg", "image/png", "image/gif", "image/webp"), or null. */
    static String sniff(byte[] head) {
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E' && head[10] == 'B'
                && head[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** True when the declared media type or the file name says "image". */
    static boolean claimsImage(String contentType, String fileName) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("image/")) {
            return true;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.matches(".*\\.(jpe?g|png|gif|webp|bmp|heic|tiff?)$");
    }

    /** True for a PDF by its magic bytes. */
    static boolean isPdf(byte[] head) {
        return starts(head, '%', 'P', 'D', 'F', '-');
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
