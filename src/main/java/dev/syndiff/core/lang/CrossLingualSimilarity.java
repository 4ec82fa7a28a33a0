package dev.syndiff.core.lang;

/**
 * How likely two sentences in (possibly) different languages are translations of each other, in
 * 0..1, from three pieces of evidence: agreeing fact anchors (numbers, dates, names), words the
 * translator left unchanged (names, cognates: "Terminals", "transport"), and length agreement.
 * Profile each sentence once ({@link CrossLingualProfile#of}) and compare profiles: a comparison is a
 * merge of short sorted arrays. Stateless and thread-safe.
 *
 * <p>Score = (3·anchors + 1.5·words²) / (weights of the evidence present) · √length, where
 * anchors is {@link AnchorSimilarity#score}, words the overlap of unchanged words, and shape 1
 * when both sentences are quoted alike (no quote, quote with attribution, all quote), 0.9 for
 * two kinds of quoted sentence, 0.75 for a quoted against an unquoted one. Partial
 * agreement is weak evidence (a sentence sharing one firm's name with another but not its people
 * is no translation of it), hence the powers; length scales the score but cannot raise it. With no
 * anchors and no shared words a pair scores at most 0.3 on length alone, since length cannot
 * tell neighbouring sentences apart.
 */
public final class CrossLingualSimilarity {
    private static final double ANCHOR_WEIGHT = 3.0;
    private static final double WORD_WEIGHT = 1.5;
    private static final double LENGTH_ONLY_CAP = 0.3;
    private static final double QUOTE_MISMATCH = 0.75;

    private CrossLingualSimilarity() {}

    /** Profiles both sentences and scores them; for many pairs, profile once and use the overload. */
    public static double score(String textA, String langA, String textB, String langB) {
        return score(CrossLingualProfile.of(textA, langA), CrossLingualProfile.of(textB, langB));
    }

    /** The translation likelihood of two profiled sentences, in 0..1. */
    public static double score(CrossLingualProfile a, CrossLingualProfile b) {
        double length = a.letters() == 0 || b.letters() == 0 ? 0
                : AnchorSimilarity.ratioAgreement(b.englishLength / a.englishLength);
        double sum = 0;
        double weights = 0;
        // names written in a script without case give no anchors: the other side's names are no evidence against
        double anchors = AnchorSimilarity.dice(a.keys, b.keys, !a.caseless && !b.caseless);
        if (anchors >= 0) {
            sum += ANCHOR_WEIGHT * anchors;
            weights += ANCHOR_WEIGHT;
        }
        int shared = AnchorSimilarity.common(a.wordKeys, b.wordKeys);
        if (shared > 0) {
            // unchanged words are rare between languages: a few of them are strong evidence
            double overlap = Math.min(1.0, 4.0 * shared / (a.wordKeys.length + b.wordKeys.length));
            // weighted by itself: a word or two in common neither helps nor hurts much
            sum += WORD_WEIGHT * overlap * overlap;
            weights += WORD_WEIGHT * overlap;
        }
        // a quote stays a quote in translation: a quoted sentence against an unquoted one is less likely
        double shape = a.quoteShape == b.quoteShape ? 1.0 : a.quoteShape == 0 || b.quoteShape == 0 ? QUOTE_MISMATCH : 0.9;
        if (weights == 0) {
            return LENGTH_ONLY_CAP * length * shape;
        }
        return sum / weights * Math.sqrt(length) * shape;
    }
}
