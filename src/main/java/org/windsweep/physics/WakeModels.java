package org.windsweep.physics;

import java.util.List;
import java.util.Locale;
import org.windsweep.InvalidInputException;

/** The wake models of MODELS.md by name, composed as PyWake composes them (all-default constructors). */
public final class WakeModels {

    public static final String IEA37_SIMPLE_BASTANKHAH_GAUSSIAN = "IEA37SimpleBastankhahGaussian";
    public static final String NOJ = "NOJ";
    public static final String BASTANKHAH_GAUSSIAN = "BastankhahGaussian";
    public static final String NIAYIFAR_GAUSSIAN = "NiayifarGaussian";
    public static final String NIAYIFAR_GAUSSIAN_CRESPO_HERNANDEZ = "NiayifarGaussian_CrespoHernandez";
    public static final String NYGAARD_2022 = "Nygaard_2022";

    private static final List<String> NAMES = List.of(IEA37_SIMPLE_BASTANKHAH_GAUSSIAN, NOJ, BASTANKHAH_GAUSSIAN,
            NIAYIFAR_GAUSSIAN, NIAYIFAR_GAUSSIAN_CRESPO_HERNANDEZ, NYGAARD_2022);

    private WakeModels() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /**
     * The model of that name; "NiayifarGaussian+CrespoHernandez" (the spelling of the reference case files) is accepted
     * for NiayifarGaussian_CrespoHernandez.
     */
    public static WakeModel byName(String name) {
        return build(canonical(name), false);
    }

    /**
     * The model of that name computed the slow, exact way: the composed pair loop and the exact Gaussian-overlap
     * series instead of its table. The fast compositions of {@link #byName} are held to it (FastPathTest).
     */
    public static WakeModel exact(String name) {
        return build(canonical(name), true);
    }

    private static String canonical(String name) {
        String canonical = name == null ? "" : name.trim().replace('+', '_');
        for (String known : NAMES) {
            if (known.toLowerCase(Locale.ROOT).equals(canonical.toLowerCase(Locale.ROOT))) {
                return known;
            }
        }
        throw new InvalidInputException("wake_model: unknown model '" + name + "'; use one of " + String.join(", ", NAMES));
    }

    private static WakeModel build(String name, boolean exact) {
        Superposition squaredSum = new SquaredSum();
        PairLoop iea37Loop = exact ? PairLoop.COMPOSED : PairLoop.IEA37_SIMPLE_BASTANKHAH;
        RotorAverage gaussianOverlap = exact ? new GaussianOverlap() : new GaussianOverlapTable();
        return switch (name) {
            case IEA37_SIMPLE_BASTANKHAH_GAUSSIAN -> new WakeModel(name, new IEA37SimpleBastankhahDeficit(), squaredSum,
                    new NoGround(), new AmbientTurbulence(), iea37Loop);
            case NOJ -> new WakeModel(name, new NojDeficit(), squaredSum, new NoGround(), new AmbientTurbulence());
            case BASTANKHAH_GAUSSIAN -> new WakeModel(name, BastankhahGaussianDeficit.constantExpansion(), squaredSum,
                    new NoGround(), new AmbientTurbulence());
            case NIAYIFAR_GAUSSIAN -> new WakeModel(name, BastankhahGaussianDeficit.niayifar(), squaredSum,
                    new NoGround(), new AmbientTurbulence());
            case NIAYIFAR_GAUSSIAN_CRESPO_HERNANDEZ -> new WakeModel(name, BastankhahGaussianDeficit.niayifar(), squaredSum,
                    new NoGround(), new CrespoHernandez());
            case NYGAARD_2022 -> new WakeModel(name, new Nygaard2022Deficit(gaussianOverlap), squaredSum,
                    new MirrorGround(), new AmbientTurbulence());
            default -> throw new IllegalStateException("no composition for " + name);
        };
    }
}
