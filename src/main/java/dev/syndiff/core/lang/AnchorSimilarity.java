package dev.syndiff.core.lang;

import java.util.List;
import java.util.Map;

/**
 * Scores how well two sentences' fact anchors agree, in 0..1, from weighted Dice coefficients
 * over distinct anchor keys: one for facts (numbers weigh 3, or 1.5 up to ten; percentages,
 * years, dates and times 2; months and weekdays 1.5), squared, and one for names (2 each),
 * cubed, averaged by the weight each side brings. A MAYBE_NAME counts only when the other
 * sentence has the same name key. Also the length agreement of two sentences across languages.
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

    /** An anchor's weight; small counts (0..10) weigh half, as translators turn them into words ("both"). */
    static double weight(Anchor anchor) {
        if (anchor.kind() == Anchor.Kind.NUMBER && anchor.key().length() <= 6 && !anchor.key().contains(".")
                && Integer.parseInt(anchor.key().substring(4)) <= 10) {
            return weight(Anchor.Kind.NUMBER) / 2;
        }
        return weight(anchor.kind());
    }

    static double weight(Anchor.Kind kind) {
        return switch (kind) {
            case NUMBER -> 3.0;
            case PERCENT, YEAR, DATE, TIME, NAME, MAYBE_NAME -> 2.0;
            case MONTH, WEEKDAY -> 1.5;
        };
    }

    /** The anchor agreement of two anchor lists (see the class comment); 0 without anchors. */
    public static double score(List<Anchor> a, List<Anchor> b) {
        return Math.max(0, dice(new AnchorKeys(a), new AnchorKeys(b)));
    }

    /** The profiles' anchor agreement in 0..1; 0 when neither sentence has a countable anchor. */
    public static double score(CrossLingualProfile a, CrossLingualProfile b) {
        return Math.max(0, dice(a.keys, b.keys));
    }

    /**
     * Facts' weighted Dice squared and names' Dice cubed, averaged by the weight each brings, or
     * -1 when there is nothing to compare (no facts, no countable names). The powers make partial
     * agreement weak evidence; names get the stronger one because a story's names recur in many
     * of its sentences, while a sentence and its translation share all of them.
     */
    static double dice(AnchorKeys a, AnchorKeys b) {
        return dice(a, b, true);
    }

    /** As above; without names where one sentence is in a script without case (no name anchors there). */
    static double dice(AnchorKeys a, AnchorKeys b, boolean withNames) {
        double factTotal = a.factTotal + b.factTotal;
        double factShared = 0;
        int i = 0;
        int j = 0;
        while (i < a.facts.length && j < b.facts.length) {
            if (a.facts[i] == b.facts[j]) {
                factShared += 2 * a.weights[i++];
                j++;
            } else if (a.facts[i] < b.facts[j]) {
                i++;
            } else {
                j++;
            }
        }
        int countA = a.sureNames.length + common(a.maybeOnly, b.allNames);
        int countB = b.sureNames.length + common(b.maybeOnly, a.allNames);
        double nameTotal = withNames ? weight(Anchor.Kind.NAME) * (countA + countB) : 0;
        double nameShared = 2 * weight(Anchor.Kind.NAME) * common(a.allNames, b.allNames);
        if (factTotal + nameTotal == 0) {
            return -1;
        }
        double facts = factTotal == 0 ? 0 : Math.min(1.0, factShared / factTotal);
        double names = nameTotal == 0 ? 0 : Math.min(1.0, nameShared / nameTotal);
        return (factTotal * facts * facts + nameTotal * names * names * names) / (factTotal + nameTotal);
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
