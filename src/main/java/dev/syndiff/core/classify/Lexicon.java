package dev.syndiff.core.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Reads a word list shipped in the jar: one entry per line, '#' starts a comment. */
final class Lexicon {
    private Lexicon() {
    }

    static List<String> lines(String name) {
        var in = Lexicon.class.getResourceAsStream("/dev/syndiff/classify/" + name);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
