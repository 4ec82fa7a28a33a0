package dev.syndiff.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a thread of its own, the classes the viewer needs before its first painted panes,
 * while the JVM and the JavaFX toolkit start. Why: the FX thread otherwise loads about 2,700
 * classes itself (a third of its CPU before the first paint), and a JVM started with
 * {@code java -jar} cannot be given a class-data-sharing archive. The list is
 * {@code startup-classes.txt}, written by {@code scripts/startup-classes.sh}; a name that no
 * longer exists is skipped. Classes are loaded, not initialised, so no static initialiser runs
 * before the toolkit is up. {@code -Dsyndiff.preload=false} turns it off (to measure, or to
 * write the list).
 */
public final class StartupClasses {
    static final String LIST = "startup-classes.txt";

    private StartupClasses() {
    }

    /** Starts loading the listed classes in the background; returns at once. */
    public static void preloadInBackground() {
        if (!Boolean.parseBoolean(System.getProperty("syndiff.preload", "true"))) {
            return;
        }
        Thread t = new Thread(() -> preload(StartupClasses.class.getClassLoader()), "syndiff-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Loads every listed class that exists with this loader; returns how many it loaded. */
    static int preload(ClassLoader loader) {
        int loaded = 0;
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                if (!name.isBlank() && !name.startsWith("#")) {
                    try {
                        Class.forName(name.strip(), false, loader);
                        loaded++;
                    } catch (ClassNotFoundException | LinkageError e) {
                        // renamed or platform-specific (another windowing toolkit): the FX thread loads what it needs
                    }
                }
            }
        } catch (IOException e) {
            // only a head start
        }
        return loaded;
    }
}
