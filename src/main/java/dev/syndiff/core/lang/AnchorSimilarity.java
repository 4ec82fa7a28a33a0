package dev.syndiff.core.lang;

import java.util.List;
import java.util.Map;

/**
 * Scores how well two sentences' fact anchors agree, in 0..1: a weighted Dice coefficient over
 * distinct anchor keys. Numbers weigh 3; percentages, years, dates, times and names 2; months and
 * weekdays 1.5. A MAYBE_NAME counts only when the other sentence has the same name key, and a
 * side whose language capitalises every noun (German) is charged for at most as many unmatched
 * names as the other side has. Also the length agreement of two sentences across languages.
 */
public final class AnchorSimilarity {
    /** Letters per English letter when a text is translated into the language (rough averages). */
    private static final Map<String, Double> EXPANSION = Map.ofEntries(
            Map.entry("en", 1.0), Map.entry("de", 1.2), Map.entry("fr", 1.15), Map.entry("es", 1.15),
            Map.entry("it", 1.12), Map.entry("pt", 1.12), Map.entry("nl", 1.15), Map.entry("ru", 1.1),
            Map.entry("uk", 1.1), Map.entry("pl", 1.1), Map.entry("tr", 1.05), Map.entry("ar", 0.95),
            Map.entry("he", 0.8), Map.entry("zh", 0.3), Map.entry("ja", 0.4), Map.entry("ko", 0.45));
    /** Spread of the log length ratio of true translation pairs. */
    private static final double LOG_RATIO_SIGMA = 0.3;

    private AnchorSimilarity() {}

    static double weight(Anchor.Kind kind) {
        return switch (kind) {
            case NUMBER -> 3.0;
            case PERCENT, YEAR, DATE, TIME, NAME, MAYBE_NAME -> 2.0;
            case MONTH, WEEKDAY -> 1.5;
        };
    }

    /** Weighted Dice over the anchors' distinct keys (no language rules); 0 without anchors. */
    public static double score(List<Anchor> a, List<Anchor> b) {
        return Math.max(0, dice(new AnchorKeys(a, "und"), new AnchorKeys(b, "und")));
    }

    /** The profiles' anchor agreement in 0..1; 0 when neither sentence has a countable anchor. */
    public static double score(SentenceProfile a, SentenceProfile b) {
        return Math.max(0, dice(a.keys, b.keys));
    }

    /** Weighted Dice, or -1 when there is nothing to compare (no facts, no countable names). */
    static double dice(AnchorKeys a, AnchorKeys b) {
        double total = a.factTotal + b.factTotal;
        double shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.facts.length && j < b.facts.length) {
            if (a.facts[i] == b.facts[j]) {
                shared += 2 * a.weights[i++];
                j++;
            } else if (a.facts[i] < b.facts[j]) {
                i++;
            } else {
                j++;
            }
        }
        int countA = a.sureNames.length + common(a.maybeOnly, b.allNames);
        int countB = b.sureNames.length + common(b.maybeOnly, a.allNames);
        // a side that capitalises every noun is not charged for more unmatched "names" than the other has
        int chargedA = a.nounsCapitalised ? Math.min(countA, countB) : countA;
        int chargedB = b.nounsCapitalised ? Math.min(countA, countB) : countB;
        double w = weight(Anchor.Kind.NAME);
        total += w * (chargedA + chargedB);
        shared += 2 * w * common(a.allNames, b.allNames);
        return total == 0 ? -1 : Math.min(1.0, shared / total);
    }

    /** Number of values in both sorted, distinct arrays. */
    static int common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Agreement of two lengths in 0..1 as if both were in one language: 1 when equal. */
    public static double lengthAgreement(int charsA, int charsB) {
        if (charsA <= 0 || charsB <= 0) {
            return charsA == charsB ? 1.0 : 0.0;
        }
        return ratioAgreement((double) charsB / charsA);
    }

    /** As {@link #lengthAgreement(int, int)} after dividing each length by its language's expansion. */
    public static double lengthAgreement(int charsA, String langA, int charsB, String langB) {
        if (charsA <= 0 || charsB <= 0) {
            return charsA == charsB ? 1.0 : 0.0;
        }
        return ratioAgreement(englishLength(charsB, langB) / englishLength(charsA, langA));
    }

    /** A length in letters expressed as the English length it would translate to. */
    static double englishLength(int chars, String lang) {
        return chars / EXPANSION.getOrDefault(lang, 1.0);
    }

    static double ratioAgreement(double ratio) {
        double r = Math.log(ratio);
        return Math.exp(-r * r / (2 * LOG_RATIO_SIGMA * LOG_RATIO_SIGMA));
    }
}
