package org.windsweep.physics;

import java.io.Serializable;

/** A wake model composed the PyWake way from parts that each do one job. */
public record WakeModel(String name, WakeDeficit deficit, Superposition superposition, GroundModel ground,
                        TurbulenceModel turbulence) implements Serializable {
}
