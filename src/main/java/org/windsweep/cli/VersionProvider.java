package org.windsweep.cli;

import org.windsweep.WindsweepVersion;
import picocli.CommandLine.IVersionProvider;

/** picocli's --version. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"windsweep " + WindsweepVersion.get()};
    }
}
