package org.rampart.platform.web;

import java.io.IOException;

/** A request body went past its size limit while being read. */
public class RequestTooLargeException extends IOException {

    private final long limit;

    public RequestTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit / (1024 * 1024) + " MB.");
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
