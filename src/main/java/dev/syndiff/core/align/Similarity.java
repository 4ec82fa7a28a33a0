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
     * The scores of single sentences {@code left[i]} against {@code right[j]}, each equal to
     * {@code score(left.get(i), right.get(j))}; a scorer may compute them faster row by row.
     * Callers ask row after row (i ascending) for the best speed.
     */
    default PairScores pairs(List<SentenceProfile> left, List<SentenceProfile> right) {
        return (i, j) -> score(left.get(i), right.get(j));
    }

    /** Scores of sentence pairs by their indices. */
    @FunctionalInterface
    interface PairScores {
        double score(int i, int j);
    }
}
