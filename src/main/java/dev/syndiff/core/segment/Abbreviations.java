package dev.syndiff.core.segment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations the sentence splitter must not end a sentence on, read from
 * {@code abbreviations-<lang>.txt} for every language in {@code abbreviation-languages.txt}.
 * A plain entry never ends a sentence before a word; "?" entries do before a sentence opener
 * ("the U.S. The ..."); "#" entries join only before a number ("No. 5").
 */
final class Abbreviations {
    enum Kind { ALWAYS, AMBIGUOUS, BEFORE_NUMBER }

    private static final Map<String, Kind> ALL = load();
    private static final Set<String> STARTERS = Set.copyOf(Lexicon.load("starters").phrases());

    private Abbreviations() {
    }

    /** The kind of the token (with its final dot), or null when it is no known abbreviation. */
    static Kind kind(String token) {
        Kind k = ALL.get(token);
        if (k != null) return k;
        if (acronym(token)) return Kind.AMBIGUOUS;
        return null;
    }

    /** A capitalised word that usually opens a sentence ("The", "He", "Die"). */
    static boolean starter(String word) {
        return STARTERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Letters with dots: "U.S.", "N.Y.", "z.B." */
    private static boolean acronym(String t) {
        if (t.length() < 4 || t.length() % 2 != 0) return false;
        for (int i = 0; i < t.length(); i += 2) {
            if (!Character.isLetter(t.charAt(i)) || t.charAt(i + 1) != '.') return false;
        }
        return true;
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> out = new HashMap<>();
        for (String lang : rawLines("abbreviation-languages")) {
            for (String e : rawLines("abbreviations-" + lang)) {
                if (e.startsWith("?")) out.putIfAbsent(e.substring(1), Kind.AMBIGUOUS);
                else if (e.startsWith("#")) out.putIfAbsent(e.substring(1), Kind.BEFORE_NUMBER);
                else out.put(e, Kind.ALWAYS);
            }
        }
        return Map.copyOf(out);
    }

    /** Entries as written (case kept: "No." and "no." differ). */
    private static java.util.List<String> rawLines(String name) {
        String path = "/dev/syndiff/segment/" + name + ".txt";
        try (var in = Abbreviations.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("# ") && !s.equals("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
