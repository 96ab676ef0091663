package org.windsweep.physics;

/** The ground as a mirror: a second source at -h_src, i.e. seen at dh + 2*h_src. */
public final class MirrorGround implements GroundModel {

    @Override
    public int imageCount() {
        return 2;
    }

    @Override
    public double imageDh(int image, double dh, double sourceHubHeight) {
        return image == 0 ? dh : dh + 2 * sourceHubHeight;
    }
}
