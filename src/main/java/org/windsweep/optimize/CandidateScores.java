package org.windsweep.optimize;

/**
 * Smart start's candidate scores, kept up to date as turbines are placed one at a time: candidate c's score is
 * {@link FarmAep#candidateAep} of a turbine at c in the wakes of the turbines placed so far.
 */
public interface CandidateScores {

    /** The score (GWh) of candidate c, by its index in the positions the scores were made for. */
    double score(int candidate);

    /** Candidate c will not be asked for again, so its score need not be kept up to date. */
    void exclude(int candidate);

    /** Places a turbine at (x, y); the scores of the candidates not excluded follow. */
    void place(double x, double y);
}
