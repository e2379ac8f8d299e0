package org.rampart.platform.db;

/** The database could not be started or reached; the message says why and what to do. */
public class DatabaseStartException extends RuntimeException {

    public DatabaseStartException(String message) {
        super(message);
    }

    public DatabaseStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
