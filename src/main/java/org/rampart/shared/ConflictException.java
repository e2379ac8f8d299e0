package org.rampart.shared;

/** The change conflicts with the current state (a duplicate code, a stale version). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
