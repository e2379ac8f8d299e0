package org.rampart.platform.web;

import java.io.IOException;

/** A request body went past its size limit while being read. */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit / (1024 * 1024) + " MB.");
    }
}
