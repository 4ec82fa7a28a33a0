package dev.syndiff.core.lang;

/**
 * How likely two sentences in (possibly) different languages are translations of each other, in
 * 0..1, from three pieces of evidence: agreeing fact anchors (numbers, dates, names), words the
 * translator left unchanged (names, cognates: "Terminals", "transport"), and length agreement.
 * Profile each sentence once ({@link SentenceProfile#of}) and compare profiles: a comparison is a
 * merge of short sorted arrays. Stateless and thread-safe.
 *
 * <p>Anchors carry weight 3, unchanged words 1.5, length 1; evidence neither sentence has is left
 * out. With no anchors and no shared words a pair scores at most 0.4 on length alone, since
 * length cannot tell neighbouring sentences apart.
 */
public final class CrossLingualSimilarity {
    private static final double ANCHOR_WEIGHT = 3.0;
    private static final double WORD_WEIGHT = 1.5;
    private static final double LENGTH_WEIGHT = 1.0;
    private static final double LENGTH_ONLY_CAP = 0.4;

    private CrossLingualSimilarity() {}

    /** Profiles both sentences and scores them; for many pairs, profile once and use the overload. */
    public static double score(String textA, String langA, String textB, String langB) {
        return score(SentenceProfile.of(textA, langA), SentenceProfile.of(textB, langB));
    }

    /** The translation likelihood of two profiled sentences, in 0..1. */
    public static double score(SentenceProfile a, SentenceProfile b) {
        double length = a.letters() == 0 || b.letters() == 0 ? 0
                : AnchorSimilarity.ratioAgreement(b.englishLength / a.englishLength);
        double sum = LENGTH_WEIGHT * length;
        double weights = LENGTH_WEIGHT;
        double anchors = AnchorSimilarity.dice(a.keys, b.keys);
        if (anchors >= 0) {
            sum += ANCHOR_WEIGHT * anchors;
            weights += ANCHOR_WEIGHT;
        }
        int shared = AnchorSimilarity.common(a.wordKeys, b.wordKeys);
        if (shared > 0) {
            // unchanged words are rare between languages: a few of them are strong evidence
            double overlap = Math.min(1.0, 4.0 * shared / (a.wordKeys.length + b.wordKeys.length));
            sum += WORD_WEIGHT * overlap;
            weights += WORD_WEIGHT;
        }
        if (anchors < 0 && shared == 0) {
            return LENGTH_ONLY_CAP * length;
        }
        return sum / weights;
    }
}
