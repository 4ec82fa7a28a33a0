package dev.syndiff.core.align;

import java.util.List;

/** Weighted Dice over stems, for sentences in one language. */
public final class LexicalSimilarity implements Similarity {
    private final Vocabulary vocabulary;

    public LexicalSimilarity(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public double score(List<SentenceProfile> a, List<SentenceProfile> b) {
        int[] x = union(a);
        int[] y = union(b);
        double wx = vocabulary.weightOf(x);
        double wy = vocabulary.weightOf(y);
        if (wx + wy == 0) {
            return 0;
        }
        double shared = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                shared += vocabulary.weight(x[i]);
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2 * shared / (wx + wy);
    }

    @Override
    public double containment(SentenceProfile part, List<SentenceProfile> whole) {
        int[] x = part.stems();
        int[] y = union(whole);
        double total = vocabulary.weightOf(x);
        if (total == 0 || x.length < 2) {
            return 0;
        }
        double shared = 0;
        for (int id : x) {
            if (java.util.Arrays.binarySearch(y, id) >= 0) {
                shared += vocabulary.weight(id);
            }
        }
        return shared / total;
    }

    @Override
    public double residualCoverage(SentenceProfile part, List<SentenceProfile> whole, SentenceProfile matched) {
        int[] w = union(whole);
        double residual = 0;
        double covered = 0;
        for (int id : w) {
            if (java.util.Arrays.binarySearch(matched.stems(), id) >= 0) {
                continue;
            }
            double weight = vocabulary.weight(id);
            residual += weight;
            if (java.util.Arrays.binarySearch(part.stems(), id) >= 0) {
                covered += weight;
            }
        }
        return residual < 3.0 ? 0 : covered / residual;
    }

    static int[] union(List<SentenceProfile> group) {
        if (group.size() == 1) {
            return group.get(0).stems();
        }
        return group.stream().flatMapToInt(p -> java.util.Arrays.stream(p.stems())).sorted().distinct().toArray();
    }
}
