package io.ultralink.dialogue;

/**
 * When a dialogue stops (paper §2.1.2): after each follow-up turn it ends with probability
 * {@code p}, where {@code p} starts at {@link #startProbability()} and is multiplied by
 * {@link #factor()} after every follow-up (0.1, 0.2, 0.4, 0.8, 1 with the defaults), with a hard
 * maximum of {@link #maxTurns()} question/answer pairs.
 *
 * <p>With the defaults the number of pairs is 2 to 6 and its expectation is exactly
 * {@code 1 + 1 + 0.9 + 0.9·0.8 + 0.9·0.8·0.6 + 0.9·0.8·0.6·0.2 = 4.1384} (see
 * {@link #expectedTurns()}).
 *
 * @param startProbability the end probability after the first follow-up, in [0, 1]
 * @param factor what the probability is multiplied by after each follow-up, {@code >= 1}
 * @param maxTurns the hard maximum of question/answer pairs including the first, {@code >= 1}
 */
public record EndingSchedule(double startProbability, double factor, int maxTurns) {

    /** The paper's schedule: 0.1, doubling, at most 8 pairs (never reached: p is 1 after the fifth follow-up). */
    public static final EndingSchedule DEFAULT = new EndingSchedule(0.1, 2.0, 8);

    /** Validates the ranges. */
    public EndingSchedule {
        if (!(startProbability >= 0 && startProbability <= 1)) {
            throw new IllegalArgumentException("startProbability must be in [0, 1], was " + startProbability);
        }
        if (!(factor >= 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be a finite number >= 1, was " + factor);
        }
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be >= 1, was " + maxTurns);
        }
    }

    /** The maximum number of follow-up turns after the first pair. */
    public int maxFollowUps() {
        return maxTurns - 1;
    }

    /** The probability of ending right after follow-up {@code followUp} (0-based), capped at 1. */
    public double endProbability(int followUp) {
        if (followUp < 0) {
            throw new IllegalArgumentException("followUp must be >= 0, was " + followUp);
        }
        return Math.min(1.0, startProbability * Math.pow(factor, followUp));
    }

    /**
     * The probability that a dialogue has exactly {@code turns} question/answer pairs, assuming
     * every turn passes the quality gates.
     */
    public double probabilityOfTurns(int turns) {
        int followUps = turns - 1;
        if (followUps < 0 || followUps > maxFollowUps()) {
            return 0;
        }
        if (maxFollowUps() == 0) {
            return 1;
        }
        if (followUps == 0) {
            return 0;
        }
        double reach = reachProbability(followUps);
        if (followUps == maxFollowUps()) {
            return reach;
        }
        return reach * endProbability(followUps - 1);
    }

    /**
     * The exact expected number of question/answer pairs, assuming every turn passes the gates:
     * {@code 1 + Σ_{k=1..maxTurns-1} Π_{j=0..k-2} (1 - p_j)}.
     */
    public double expectedTurns() {
        double sum = 1;
        for (int k = 1; k <= maxFollowUps(); k++) {
            sum += reachProbability(k);
        }
        return sum;
    }

    /** The probability that follow-up number {@code k} (1-based) is generated. */
    private double reachProbability(int k) {
        double p = 1;
        for (int j = 0; j <= k - 2; j++) {
            p *= 1 - endProbability(j);
        }
        return p;
    }
}
