package org.rampart.supervision;

/**
 * How to import a task file.
 *
 * @param jurisdiction code of the assigning jurisdiction of rows without one (null: the importer's own)
 * @param skipBad import the good rows and report the bad ones, instead of nothing when any row is bad
 * @param dryRun check everything and report, writing nothing
 * @param source what the file was, for the audit entry (for example {@code xlsx:tasks.xlsx}); may be null
 */
public record TaskImportOptions(String jurisdiction, boolean skipBad, boolean dryRun, String source) {
}
