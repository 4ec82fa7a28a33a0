package dev.syndiff.core.align;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Weighted Dice over stems, for sentences in one language. */
public final class LexicalSimilarity implements Similarity {
    private final Vocabulary vocabulary;
    /** Per left side (by identity): its scores against every right side so far; null to remember nothing. */
    private final Map<List<SentenceProfile>, LexicalColumns> sides;

    public LexicalSimilarity(Vocabulary vocabulary) {
        this(vocabulary, false);
    }

    /**
     * {@code remember}: keep each left side's scores by right sentence, for a bundle whose copies
     * are all aligned against the same reference (see {@link LexicalColumns}).
     */
    LexicalSimilarity(Vocabulary vocabulary, boolean remember) {
        this.vocabulary = vocabulary;
        this.sides = remember ? new IdentityHashMap<>() : null;
    }

    @Override
    public double score(List<SentenceProfile> a, List<SentenceProfile> b) {
        int[] x = union(a);
        int[] y = union(b);
        double wx = vocabulary.weightOf(x);
        double wy = vocabulary.weightOf(y);
        return dice(vocabulary, x, wx, y, wy);
    }

    /**
     * IDF-weighted Dice of two sorted stem sets whose weights are known: the shared weights summed
     * in ascending stem order, so every caller gets the same double for the same sets.
     */
    static double dice(Vocabulary vocabulary, int[] x, double wx, int[] y, double wy) {
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

    /** Row by row through an index of the right side's stems: the same sums in the same order. */
    @Override
    public PairScores pairs(List<SentenceProfile> left, List<SentenceProfile> right) {
        if (sides != null) {
            return sides.computeIfAbsent(left, l -> new LexicalColumns(vocabulary, l)).against(right);
        }
        return new LexicalRows(vocabulary, left, right);
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

    /** The union of two sentences' stem sets, as {@link #union} makes it for the pair. */
    static int[] union2(int[] x, int[] y) {
        return merge(x, y);
    }

    static int[] union(List<SentenceProfile> group) {
        if (group.size() == 1) {
            return group.get(0).stems();
        }
        int[] out = group.get(0).stems();
        for (int k = 1; k < group.size(); k++) {
            out = merge(out, group.get(k).stems());
        }
        return out;
    }

    /** The union of two sorted id sets, by one merge pass (this runs for every split/join cell). */
    private static int[] merge(int[] x, int[] y) {
        int[] out = new int[x.length + y.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length || j < y.length) {
            int v = j >= y.length || i < x.length && x[i] <= y[j] ? x[i] : y[j];
            if (i < x.length && x[i] == v) i++;
            if (j < y.length && y[j] == v) j++;
            out[n++] = v;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
