package org.rampart.warning;

import java.time.Instant;

/** One observation as a rule sees it: the period start and the value. */
record Point(Instant time, double value) {
}
