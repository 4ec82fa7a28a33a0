package dev.syndiff.core.align;

import dev.syndiff.core.text.WordToken;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cheap signs of mechanical damage, counted before any finding exists: doubled words and dashes
 * inside names. They keep a machine translation from being chosen as a reference.
 */
final class DamageSigns {
    private static final Pattern DASHED_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+[\u2014\u2013]\\p{Lu}");

    private DamageSigns() {
    }

    static double perSentence(List<SentenceProfile> profiles) {
        return perSentence(profiles, null);
    }

    /**
     * As {@link #perSentence(List)}, each sentence's signs remembered in {@code memo} (null: none) by
     * its stem-id array: {@link ProfileBuilder} hands one array to every profile of the same sentence
     * text with all its words kept, and such profiles have the same words and text, so the same signs.
     */
    static double perSentence(List<SentenceProfile> profiles, Map<int[], Integer> memo) {
        if (profiles.isEmpty()) {
            return 0;
        }
        int signs = 0;
        for (SentenceProfile p : profiles) {
            signs += memo == null ? signs(p) : memo.computeIfAbsent(p.stems(), k -> signs(p));
        }
        return (double) signs / profiles.size();
    }

    private static int signs(SentenceProfile p) {
        int signs = 0;
        List<WordToken> w = p.words();
        for (int i = 1; i < w.size(); i++) {
            if (w.get(i).norm().equals(w.get(i - 1).norm()) && !w.get(i).isNumber()) {
                signs++;
            }
        }
        String t = p.sentence().text();
        // the pattern needs an en or em dash: most sentences have none
        if ((t.indexOf('\u2014') >= 0 || t.indexOf('\u2013') >= 0) && DASHED_NAME.matcher(t).find()) {
            signs++;
        }
        return signs;
    }
}
