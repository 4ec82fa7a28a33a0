package dev.syndiff.core.align;

import dev.syndiff.core.text.WordToken;
import java.util.List;
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
        if (profiles.isEmpty()) {
            return 0;
        }
        int signs = 0;
        for (SentenceProfile p : profiles) {
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
        }
        return (double) signs / profiles.size();
    }
}
