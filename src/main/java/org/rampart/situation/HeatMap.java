package org.rampart.situation;

import java.util.List;

/**
 * The likelihood x impact grid for a jurisdiction subtree: every cell of the matrix with its level and the number of
 * open risks in it.
 *
 * @param domain the domain filter (it includes its sub-domains), null for all
 * @param residual true when risks are placed by their residual likelihood and impact (inherent when not assessed)
 * @param likelihoods the labels of the likelihood steps, 1 first
 * @param impacts the labels of the impact steps, 1 first
 * @param cells size x size cells, likelihood then impact ascending
 */
public record HeatMap(String jurisdiction, String domain, boolean residual, int size, List<Named> likelihoods,
        List<Named> impacts, List<Cell> cells, int total) {

    /** One cell: its place on the matrix, its level and how many risks lie in it. */
    public record Cell(int likelihood, int impact, int score, String level, String colour, int count) {
    }

    /** Return the cell at a likelihood and impact (both from 1). */
    public Cell cell(int likelihood, int impact) {
        return cells.get((likelihood - 1) * size + impact - 1);
    }
}
