package org.rampart.warning.cap;

/** A CAP message larger than the accepted size. */
class CapTooLargeException extends RuntimeException {

    CapTooLargeException(long limit) {
        super("The CAP message is larger than the limit of " + limit / (1024 * 1024) + " MB.");
    }
}
