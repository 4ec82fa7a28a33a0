package dev.syndiff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** "syndiff 0.1.0": the jar manifest's Implementation-Version, else the filtered resource. */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/dev/syndiff/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"syndiff " + version()};
    }

    static String version() {
        String fromManifest = Main.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "").trim();
                if (!v.isEmpty() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: a missing version must not stop the tool
        }
        return "unknown";
    }
}
