package org.rampart.audit;

/**
 * The result of checking the hash chain: how many rows were checked and the first broken one, if any.
 *
 * @param firstBrokenId id of the first row whose hash or link does not match, or null when the chain is intact
 */
public record AuditVerification(long checked, Long firstBrokenId, String problem) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
