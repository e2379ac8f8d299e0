package org.rampart.supervision;

import java.util.List;
import org.rampart.shared.BadInputException.Problem;

/**
 * What an import of a task file did, or would do on a dry run: rows read, tasks assigned (none when refused or on a
 * dry run), and each problem with its line (the header is line 1) and the column as the file names it.
 *
 * @param taskIds the ids of the tasks assigned, in the file's order; empty on a dry run or when nothing was written
 * @param wouldAssign on a dry run, how many tasks the import would assign; else equal to the assigned count
 * @param refused true when nothing was written because of the problems (all or nothing, bad rows not skipped)
 */
public record TaskImportReport(int read, List<Long> taskIds, int wouldAssign, List<Problem> problems, boolean skipBad,
        boolean dryRun, boolean refused) {

    public TaskImportReport {
        taskIds = List.copyOf(taskIds);
        problems = List.copyOf(problems);
    }

    /** How many tasks were assigned. */
    public int assigned() {
        return taskIds.size();
    }

    /** How many rows were left out (bad rows skipped, or every row when refused). */
    public int skipped() {
        return read - wouldAssign;
    }
}
