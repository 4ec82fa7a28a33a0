package dev.syndiff.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Name candidates in scripts without case (Arabic, Hebrew, Devanagari, Thai...), where no capital
 * marks a name: every word of 3+ letters that is not a function word becomes a MAYBE_NAME keyed
 * by its transliterated consonant skeleton ({@link FactAnchors#nameKey}). A MAYBE_NAME counts only
 * when the other sentence has the same name, so the many common words cost nothing, while
 * "ليندنبورت" (lyndnbwrt) and "लिंडनपोर्ट" (lindanaporta) meet "Lindenport" (all "rntnbrt").
 * Prefixes a language writes onto the word ("و" and, "ال" the) are tried off as well, from the
 * small per-language list clitics.txt. Chinese characters are left out: their Latin form is
 * Mandarin syllables ("lin deng gang"), which no skeleton brings near the Latin spelling.
 */
final class CaselessNames {
    private static final int MIN_LETTERS = 3;
    private final Set<String> functionWords;
    private final List<String> clitics;

    CaselessNames(String lang, Set<String> functionWords) {
        this.functionWords = functionWords;
        this.clitics = Lexicon.CLITICS.entries(lang);
    }

    /** True for a word written in a script without letter case, other than Chinese characters. */
    static boolean applies(String word) {
        int c = word.codePointAt(0);
        return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c)
                && !Character.isTitleCase(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    /** MAYBE_NAME anchors for one caseless word: its own key and the keys without a prefix. */
    void add(Token t, List<Anchor> out) {
        String w = t.text();
        if (letters(w) < MIN_LETTERS || functionWords.contains(Tokens.normalise(w, "und"))) {
            return;
        }
        List<String> keys = new ArrayList<>(2);
        addKey(w, keys);
        for (String prefix : clitics) {
            if (w.startsWith(prefix) && letters(w.substring(prefix.length())) >= MIN_LETTERS) {
                addKey(w.substring(prefix.length()), keys);
            }
        }
        keys.forEach(k -> out.add(new Anchor(Anchor.Kind.MAYBE_NAME, "NAME:" + k, t.start(), t.end())));
    }

    private static void addKey(String word, List<String> keys) {
        String key = FactAnchors.nameKey(word);
        if (key.length() >= 2 && !keys.contains(key)) {
            keys.add(key);
        }
    }

    /** Letters only: Devanagari vowel signs and Arabic vowel marks are not letters of their own. */
    private static int letters(String w) {
        return (int) w.codePoints().filter(Character::isLetter).count();
    }
}
