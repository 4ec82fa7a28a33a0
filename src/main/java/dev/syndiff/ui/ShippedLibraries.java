package dev.syndiff.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The third-party libraries inside the jar, read from {@code dev/syndiff/licenses.txt}. */
public final class ShippedLibraries {
    static final String RESOURCE = "/dev/syndiff/licenses.txt";

    /** One line of the list: "ICU4J | com.ibm.icu:icu4j | 77.1 | Unicode-3.0". */
    public record Library(String name, String coordinates, String version, String license) {
    }

    private ShippedLibraries() {
    }

    public static List<Library> all() {
        try (InputStream in = ShippedLibraries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blank lines and {@code #} comments are skipped; any other line must have four fields. */
    static List<Library> parse(String text) {
        List<Library> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\|", -1);
            if (f.length != 4 || f[0].isBlank() || f[2].isBlank() || f[3].isBlank()) {
                // a packaging mistake, not a user error: say which line
                throw new IllegalStateException("licenses.txt line " + lineNo + ": expected 'library | group:artifact | version | license'");
            }
            out.add(new Library(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
        }
        return List.copyOf(out);
    }
}
