package org.windsweep.physics;

/** No ground effect: the source alone. */
public final class NoGround implements GroundModel {

    @Override
    public int imageCount() {
        return 1;
    }

    @Override
    public double imageDh(int image, double dh, double sourceHubHeight) {
        return dh;
    }
}
