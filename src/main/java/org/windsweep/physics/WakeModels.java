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
        String canonical = name == null ? "" : name.trim().replace('+', '_');
        for (String known : NAMES) {
            if (known.toLowerCase(Locale.ROOT).equals(canonical.toLowerCase(Locale.ROOT))) {
                return build(known);
            }
        }
        throw new InvalidInputException("wake_model: unknown model '" + name + "'; use one of " + String.join(", ", NAMES));
    }

    private static WakeModel build(String name) {
        Superposition squaredSum = new SquaredSum();
        return switch (name) {
            case IEA37_SIMPLE_BASTANKHAH_GAUSSIAN -> new WakeModel(name, new IEA37SimpleBastankhahDeficit(), squaredSum,
                    new NoGround(), new AmbientTurbulence(), PairLoop.IEA37_SIMPLE_BASTANKHAH);
            case NOJ -> new WakeModel(name, new NojDeficit(), squaredSum, new NoGround(), new AmbientTurbulence());
            case BASTANKHAH_GAUSSIAN -> new WakeModel(name, BastankhahGaussianDeficit.constantExpansion(), squaredSum,
                    new NoGround(), new AmbientTurbulence());
            case NIAYIFAR_GAUSSIAN -> new WakeModel(name, BastankhahGaussianDeficit.niayifar(), squaredSum,
                    new NoGround(), new AmbientTurbulence());
            case NIAYIFAR_GAUSSIAN_CRESPO_HERNANDEZ -> new WakeModel(name, BastankhahGaussianDeficit.niayifar(), squaredSum,
                    new NoGround(), new CrespoHernandez());
            case NYGAARD_2022 -> new WakeModel(name, new Nygaard2022Deficit(new GaussianOverlap()), squaredSum,
                    new MirrorGround(), new AmbientTurbulence());
            default -> throw new IllegalStateException("no composition for " + name);
        };
    }
}
