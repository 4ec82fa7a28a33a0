package dev.syndiff.core.align;

import java.util.List;

/** Scores how likely groups of sentences say the same thing, 0 (unrelated) to 1 (same words). */
public interface Similarity {
    double score(List<SentenceProfile> a, List<SentenceProfile> b);

    /** How much of the part's content the whole holds, 0 to 1; 0 where it cannot be told. */
    default double containment(SentenceProfile part, List<SentenceProfile> whole) {
        return 0;
    }

    /** How much of what {@code whole} says beyond {@code matched} the part holds, 0 to 1. */
    default double residualCoverage(SentenceProfile part, List<SentenceProfile> whole, SentenceProfile matched) {
        return 0;
    }

    default double score(SentenceProfile a, SentenceProfile b) {
        return score(List.of(a), List.of(b));
    }

    /**
     * The scores of {@code left[i]} against {@code right[j]} and of the merges the aligner tries
     * next to them, each equal to the matching {@code score} call; a scorer may compute them
     * faster (whole rows, unions reused). Callers ask row after row (i ascending) for the best speed.
     */
    default PairScores pairs(List<SentenceProfile> left, List<SentenceProfile> right) {
        return cellByCell(this, left, right);
    }

    /** Pair scores asked of {@code similarity} one call at a time. */
    static PairScores cellByCell(Similarity similarity, List<SentenceProfile> left, List<SentenceProfile> right) {
        return new PairScores() {
            @Override
            public double score(int i, int j) {
                return similarity.score(left.get(i), right.get(j));
            }

            @Override
            public double oneTwo(int i, int j) {
                return similarity.score(List.of(left.get(i)), List.of(right.get(j), right.get(j + 1)));
            }

            @Override
            public double twoOne(int i, int j) {
                return similarity.score(List.of(left.get(i), left.get(i + 1)), List.of(right.get(j)));
            }
        };
    }

    /** Scores of sentence pairs by their indices. */
    interface PairScores {
        /** left[i] against right[j]. */
        double score(int i, int j);

        /** left[i] against right[j] and right[j + 1] together. */
        double oneTwo(int i, int j);

        /** left[i] and left[i + 1] together against right[j]. */
        double twoOne(int i, int j);
    }
}
