package dev.syndiff.core.lang;

import dev.syndiff.core.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A per-language word list from src/main/resources/dev/syndiff/lang (lines "xx&lt;TAB&gt;words"). */
final class Lexicon {
    static final Lexicon FUNCTION_WORDS = load("function-words.txt", " ");
    static final Lexicon PERCENT_WORDS = load("percent-words.txt", " | ");
    static final Lexicon ARTICLES = load("articles.txt", " ");

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
        for (String line : WordLists.read("/dev/syndiff/lang/" + name)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            List<String> words = List.of(line.substring(tab + 1).strip().split(Pattern.quote(separator)));
            map.put(line.substring(0, tab).strip(), words.stream().map(String::strip).distinct().toList());
        }
        return new Lexicon(Map.copyOf(map));
    }
}
