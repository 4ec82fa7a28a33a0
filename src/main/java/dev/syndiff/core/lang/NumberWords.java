package dev.syndiff.core.lang;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Spelled-out numbers of one language, read from ICU's spell-out rules by FORMATTING 0..100,
 * the hundreds and the thousands under every cardinal rule set (gender and case forms included).
 * Parsing with ICU is no option: strict parsing reads German "dreitausend" as 3 and lenient
 * parsing costs about 1 ms a token. Built once per language and cached; immutable afterwards.
 */
final class NumberWords {
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");
    private static final Map<String, NumberWords> CACHE = new ConcurrentHashMap<>();
    static final NumberWords NONE = new NumberWords(Map.of(), Map.of(), Set.of(), 0);

    /** Phrase (lower case, words joined by one space) → value. */
    private final Map<String, Long> phrases;
    /** "hundred", "Millionen", "mille" → 100, 1e6, 1000: scale a number written before them. */
    private final Map<String, Long> multipliers;
    /** Number words that are also articles or common words ("one", "ein", "un", "sei"). */
    private final Set<String> weak;
    private final int longestPhrase;

    private NumberWords(Map<String, Long> phrases, Map<String, Long> multipliers, Set<String> weak, int longest) {
        this.phrases = phrases;
        this.multipliers = multipliers;
        this.weak = weak;
        this.longestPhrase = longest;
    }

    static NumberWords of(String lang) {
        if (lang == null || lang.isEmpty() || LanguageGuess.UNDETERMINED.equals(lang)) {
            return NONE;
        }
        return CACHE.computeIfAbsent(lang, NumberWords::build);
    }

    Long phrase(String normalised) {
        return phrases.get(normalised);
    }

    Long multiplier(String word) {
        return multipliers.get(word);
    }

    boolean isWeak(String phrase) {
        return weak.contains(phrase);
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** Lower case, soft hyphens dropped, hyphens and runs of spaces become one space. */
    static String normalise(String s) {
        String t = Tokens.fold(s.toLowerCase(Locale.ROOT));
        if (t.indexOf('-') < 0 && t.indexOf(' ') < 0 && t.indexOf('\u00A0') < 0) {
            return t; // the common case: one word, no regex
        }
        return SPACES.matcher(t.replace('-', ' ')).replaceAll(" ").strip();
    }

    private static NumberWords build(String lang) {
        ULocale locale = new ULocale(lang);
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        if (!lang.equals(f.getLocale(ULocale.ACTUAL_LOCALE).getLanguage())) {
            return NONE; // ICU fell back to another language's rules: they would be wrong here
        }
        Map<String, Long> phrases = new HashMap<>();
        Map<String, Long> multipliers = new HashMap<>();
        int longest = 0;
        for (String set : f.getRuleSetNames()) {
            if (!set.startsWith("%spellout-cardinal") && !set.equals("%spellout-numbering")) {
                continue;
            }
            for (long n : values()) {
                String p = normalise(f.format(n, set));
                phrases.putIfAbsent(p, n);
                longest = Math.max(longest, p.split(" ").length);
            }
            for (Long scale = 100L; scale <= 1_000_000_000L; scale *= 10) {
                if (scale == 10_000 || scale == 100_000 || scale == 10_000_000 || scale == 100_000_000) {
                    continue;
                }
                for (long k : new long[] {1, 2, 5}) {
                    String p = normalise(f.format(k * scale, set));
                    String last = p.substring(p.lastIndexOf(' ') + 1);
                    if (p.contains(" ") && scale.equals(phrases.getOrDefault(last, scale))) {
                        multipliers.putIfAbsent(last, scale);
                    }
                }
            }
        }
        Set<String> function = Lexicon.FUNCTION_WORDS.set(lang);
        Set<String> weak = new java.util.HashSet<>();
        phrases.forEach((p, v) -> {
            if (v == 1 || function.contains(p)) {
                weak.add(p);
            }
        });
        return new NumberWords(Map.copyOf(phrases), Map.copyOf(multipliers), Set.copyOf(weak), longest);
    }

    private static long[] values() {
        long[] v = new long[101 + 9 + 9];
        int i = 0;
        for (long n = 0; n <= 100; n++) {
            v[i++] = n;
        }
        for (long n = 200; n <= 1000; n += 100) {
            v[i++] = n;
        }
        for (long n = 2000; n <= 10_000; n += 1000) {
            v[i++] = n;
        }
        return v;
    }
}
