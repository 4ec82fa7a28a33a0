package dev.syndiff.core.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A per-language word list from src/main/resources/dev/syndiff/lang (lines "xx&lt;TAB&gt;words"). */
final class Lexicon {
    static final Lexicon FUNCTION_WORDS = load("function-words.txt", " ");
    static final Lexicon PERCENT_WORDS = load("percent-words.txt", " | ");

    private final Map<String, List<String>> entries;

    private Lexicon(Map<String, List<String>> entries) {
        this.entries = entries;
    }

    List<String> entries(String lang) {
        return entries.getOrDefault(lang, List.of());
    }

    Set<String> set(String lang) {
        return Set.copyOf(entries(lang));
    }

    private static Lexicon load(String name, String separator) {
        Map<String, List<String>> map = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/dev/syndiff/lang/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/syndiff/lang/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                List<String> words = List.of(line.substring(tab + 1).strip().split(Pattern.quote(separator)));
                map.put(line.substring(0, tab).strip(), words.stream().map(String::strip).distinct().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(Map.copyOf(map));
    }
}
