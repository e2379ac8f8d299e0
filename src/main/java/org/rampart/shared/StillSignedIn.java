package org.rampart.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.BooleanSupplier;

/**
 * Whether a long-lived request (a live stream) may go on: its session still signed in, its user still active, its
 * API token not revoked or expired.
 */
public interface StillSignedIn {

    /** A check of the current request's credentials, to be asked again later off the request thread. */
    BooleanSupplier check(HttpServletRequest request);
}
