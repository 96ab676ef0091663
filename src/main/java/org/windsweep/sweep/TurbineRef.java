package org.windsweep.sweep;

import java.nio.file.Path;

/** An entry of the spec's {@code turbines} list: a built-in name such as {@code IEA37_3.35MW}, or {@code {file: path}}. */
public sealed interface TurbineRef {

    SpecLocation at();

    record BuiltIn(String name, SpecLocation at) implements TurbineRef {
    }

    /** A turbine file; the path is already resolved against the spec's directory and known to exist. */
    record File(Path path, SpecLocation at) implements TurbineRef {
    }
}
