package org.windsweep;

/** The version Maven stamps into the application jar's manifest ("dev" when run from compiled classes). */
public final class WindsweepVersion {

    private WindsweepVersion() {
    }

    public static String get() {
        String version = WindsweepVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
