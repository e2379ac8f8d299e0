package org.rampart.shared;

/** The record does not exist, or lies outside the caller's scope: both answer 404 so that nothing can be guessed. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
