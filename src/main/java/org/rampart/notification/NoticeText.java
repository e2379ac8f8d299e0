package org.rampart.notification;

import java.util.Arrays;
import java.util.List;

/**
 * A text of a notice as a message-bundle key and its arguments, resolved in each recipient's language when it is read
 * or sent. An argument is either a literal (a code, a date, a count) or itself a message key (a level, a label).
 */
public record NoticeText(String key, List<Arg> args) {

    public NoticeText {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A text from a key and its arguments. */
    public static NoticeText of(String key, Arg... args) {
        return new NoticeText(key, Arrays.asList(args));
    }

    /**
     * One argument: a literal value, or (when key is set) a message key translated in the reader's language, or a
     * name given in both languages ({@code value} English, {@code zh} Chinese; the reader's, or the other when it has
     * none in the reader's).
     */
    public record Arg(String value, String key, String zh) {

        public Arg(String value, String key) {
            this(value, key, null);
        }

        public static Arg literal(Object value) {
            return new Arg(value == null ? "" : value.toString(), null);
        }

        /** A name in English and Chinese (either may be null), shown in the reader's language where it has one. */
        public static Arg names(String en, String zh) {
            return new Arg(en, null, zh == null ? "" : zh);
        }

        public static Arg message(String key) {
            return new Arg(null, key);
        }
    }
}
