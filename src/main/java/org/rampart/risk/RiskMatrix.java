package org.rampart.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.BadInputException.Problem;

/**
 * The likelihood x impact matrix: its size, the labels of each step and the level bands (the lowest score of each
 * level). A score is likelihood x impact; its level is the highest band whose lower bound it reaches.
 *
 * @param size number of steps on each axis (3 to 10)
 * @param likelihoodLabels one label per likelihood step, 1 first
 * @param impactLabels one label per impact step, 1 first
 * @param bands the lowest score of each level; LOW must start at 1 and the bounds must rise with the level
 */
public record RiskMatrix(int size, List<Label> likelihoodLabels, List<Label> impactLabels, Map<RiskLevel, Integer> bands) {

    /** A step's label in both languages. */
    public record Label(String en, String zh) {
    }

    public RiskMatrix {
        likelihoodLabels = List.copyOf(likelihoodLabels);
        impactLabels = List.copyOf(impactLabels);
        bands = Collections.unmodifiableMap(new EnumMap<>(bands));
    }

    /** Return the default 5 x 5 matrix of DOMAIN.md (low 1-4, medium 5-9, high 10-16, extreme from 17). */
    public static RiskMatrix defaults() {
        Map<RiskLevel, Integer> bands = new EnumMap<>(RiskLevel.class);
        bands.put(RiskLevel.LOW, 1);
        bands.put(RiskLevel.MEDIUM, 5);
        bands.put(RiskLevel.HIGH, 10);
        bands.put(RiskLevel.EXTREME, 17);
        return new RiskMatrix(5,
                List.of(new Label("Rare", "罕见"), new Label("Unlikely", "不太可能"), new Label("Possible", "可能"),
                        new Label("Likely", "很可能"), new Label("Almost certain", "几乎确定")),
                List.of(new Label("Minimal", "轻微"), new Label("Minor", "较小"), new Label("Moderate", "中等"),
                        new Label("Major", "重大"), new Label("Catastrophic", "灾难性")),
                bands);
    }

    /** Return true when a likelihood or impact value lies on the matrix (1 to size). */
    public boolean onMatrix(int step) {
        return step >= 1 && step <= size;
    }

    /** Return the score of a likelihood and impact on the matrix. */
    public int score(int likelihood, int impact) {
        if (!onMatrix(likelihood) || !onMatrix(impact)) {
            throw new IllegalArgumentException("likelihood and impact must lie between 1 and " + size);
        }
        return likelihood * impact;
    }

    /** Return the level of a score: the highest level whose band starts at or below it. */
    public RiskLevel level(int score) {
        RiskLevel result = RiskLevel.LOW;
        for (RiskLevel level : RiskLevel.values()) {
            Integer from = bands.get(level);
            if (from != null && score >= from) {
                result = level;
            }
        }
        return result;
    }

    /** Return the level of a likelihood and impact on the matrix. */
    public RiskLevel level(int likelihood, int impact) {
        return level(score(likelihood, impact));
    }

    /** Return a list of problems with this matrix (empty when it is consistent). */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (size < 3 || size > 10) {
            problems.add(Problem.at("size", "risk.matrix.size.range"));
            return problems;
        }
        if (likelihoodLabels.size() != size) {
            problems.add(Problem.at("likelihoodLabels", "risk.matrix.label-count", size));
        }
        if (impactLabels.size() != size) {
            problems.add(Problem.at("impactLabels", "risk.matrix.label-count", size));
        }
        Integer low = bands.get(RiskLevel.LOW);
        if (low == null || low != 1) {
            problems.add(Problem.at("bands.LOW", "risk.matrix.band.low-start"));
        }
        int previous = 0;
        for (RiskLevel level : RiskLevel.values()) {
            Integer from = bands.get(level);
            if (from == null) {
                problems.add(Problem.at("bands." + level, "risk.matrix.band.missing"));
                continue;
            }
            if (from <= previous || from > size * size) {
                problems.add(Problem.at("bands." + level, "risk.matrix.band.order", size * size));
            }
            previous = from;
        }
        return problems;
    }
}
