package org.windsweep.physics;

import java.io.Serializable;

/**
 * The images of a source that the ground adds: image 0 is the source itself; a mirror ground adds one below the
 * ground. Each image is seen at its own vertical offset dh from the destination hub.
 */
public interface GroundModel extends Serializable {

    int imageCount();

    /** Vertical offset of image number image, given the real offset dh = h_dest - h_src and the source hub height. */
    double imageDh(int image, double dh, double sourceHubHeight);
}
