package dev.syndiff.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a word list shipped in the jar: one entry a line, blank lines and '#' comments skipped. */
public final class WordLists {
    private WordLists() {
    }

    public static List<String> read(String resourcePath) {
        try (InputStream in = WordLists.class.getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resourcePath);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
