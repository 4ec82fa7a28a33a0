package dev.syndiff.cli;

import dev.syndiff.Version;
import picocli.CommandLine.IVersionProvider;

/** "syndiff 0.1.0": the version of the build (see {@link Version}, shared with the viewer). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"syndiff " + version()};
    }

    static String version() {
        return Version.current();
    }
}
