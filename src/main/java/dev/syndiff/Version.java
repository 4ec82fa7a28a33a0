package dev.syndiff;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build, shared by {@code syndiff --version} and the viewer's About dialog:
 * the jar manifest's Implementation-Version, else the Maven-filtered resource (classes run from
 * {@code target/classes} have no manifest), else "unknown".
 */
public final class Version {
    static final String RESOURCE = "/dev/syndiff/version.properties";

    private Version() {
    }

    public static String current() {
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        return fromResource();
    }

    /** The version Maven wrote into the filtered resource; "unknown" if it is missing or unfiltered. */
    static String fromResource() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
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
