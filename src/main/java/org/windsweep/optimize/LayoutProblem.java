package org.windsweep.optimize;

import java.io.Serializable;
import org.windsweep.InvalidInputException;
import org.windsweep.physics.CandidateScoring;
import org.windsweep.physics.WindFarmModel;

/**
 * One configuration's optimisation problem: place nTurbines turbines inside the boundary, every pair at least
 * minSpacingM apart, for maximum AEP under the model.
 */
public record LayoutProblem(Boundary boundary, WindFarmModel model, int nTurbines, double minSpacingM)
        implements Serializable {

    public LayoutProblem {
        if (boundary == null || model == null) {
            throw new IllegalArgumentException("a layout problem needs a boundary and a wind farm model");
        }
        if (nTurbines < 1) {
            throw new InvalidInputException("n_turbines must be at least 1, got " + nTurbines);
        }
        if (!(minSpacingM >= 0) || !Double.isFinite(minSpacingM)) {
            throw new InvalidInputException("the minimum spacing must be a finite number of metres >= 0, got "
                    + minSpacingM + "; check spacing_d");
        }
    }

    /** The model as the optimiser asks it. */
    FarmAep farmAep() {
        return new FarmAep() {
            @Override
            public double aepWithGradient(double[] x, double[] y, double[] dAepDx, double[] dAepDy) {
                return model.aepWithGradient(x, y, dAepDx, dAepDy);
            }

            @Override
            public double[] candidateAep(double[] placedX, double[] placedY, double[] candX, double[] candY) {
                return model.candidateAep(placedX, placedY, candX, candY);
            }

            @Override
            public CandidateScores candidateScores(double[] candX, double[] candY) {
                CandidateScoring scoring = model.candidateScoring(candX, candY);
                return new CandidateScores() {
                    @Override
                    public double score(int candidate) {
                        return scoring.score(candidate);
                    }

                    @Override
                    public void exclude(int candidate) {
                        scoring.exclude(candidate);
                    }

                    @Override
                    public void place(double x, double y) {
                        scoring.place(x, y);
                    }
                };
            }
        };
    }
}
