package org.rampart.shared;

import java.util.Collection;
import java.util.Locale;

/**
 * The known name that a misspelt one most likely meant, for "did you mean" in the refusal of an unknown JSON member
 * or file column: one that contains it or that it contains (for example {@code directEconomicLoss} for
 * {@code economicLoss}), else the nearest by optimal string alignment distance, within a third of its length (at
 * least 2). Case is ignored.
 */
public final class Nearest {

    private Nearest() {
    }

    /** Return the known name nearest to the given one, or null when none is near (or either is null or empty). */
    public static String suggest(String given, Collection<String> known) {
        if (given == null || known == null || known.isEmpty()) {
            return null;
        }
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String name : known) {
            if (name == null) {
                continue;
            }
            String n = name.toLowerCase(Locale.ROOT);
            int score;
            if (n.length() >= 3 && g.length() >= 3 && (g.contains(n) || n.contains(g))) {
                score = Math.abs(n.length() - g.length()) - 1000;
            } else {
                int d = distance(g, n);
                score = d <= Math.max(2, g.length() / 3) ? d : Integer.MAX_VALUE;
            }
            if (score < bestScore) {
                bestScore = score;
                best = name;
            }
        }
        return bestScore == Integer.MAX_VALUE ? null : best;
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn a into b. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
