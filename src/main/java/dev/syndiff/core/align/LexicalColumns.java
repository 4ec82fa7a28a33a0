package dev.syndiff.core.align;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted Dice of {@link LexicalSimilarity} between one left side (the reference) and the
 * many right sides aligned against it. A right sentence's scores against the whole left side
 * depend on its stems alone, and {@link ProfileBuilder} gives every occurrence of one sentence
 * text the same stems array: so a sentence the copies repeat is scored once, its column (and
 * its merges with its neighbour) reused. A column is read off an index of the left side's stems;
 * each score is the merge's sum in ascending stem order, bit for bit what {@link LexicalRows} and
 * {@link LexicalSimilarity#score} give. Not thread-safe.
 */
final class LexicalColumns {
    private final Vocabulary vocabulary;
    private final List<SentenceProfile> left;
    private final double[] leftWeights;
    private final int[][] leftPair;
    private final double[] leftPairWeight;
    private final Map<int[], Column> columns = new IdentityHashMap<>();
    private final StemPostings postings;

    LexicalColumns(Vocabulary vocabulary, List<SentenceProfile> left) {
        this.vocabulary = vocabulary;
        this.left = List.copyOf(left);
        int n = left.size();
        leftWeights = new double[n];
        for (int i = 0; i < n; i++) {
            leftWeights[i] = vocabulary.weightOf(left.get(i).stems());
        }
        leftPair = new int[n][];
        leftPairWeight = new double[n];
        postings = new StemPostings(left);
    }

    /**
     * Every left sentence against the stem set {@code y} of weight {@code wy}, through the left
     * postings: each left sentence's shared weight is summed over the common stems in ascending
     * id order, as the merge in {@link #dice} sums it, so each score is the same double.
     */
    private double[] column(int[] y, double wy) {
        double[] shared = new double[leftWeights.length];
        postings.accumulate(y, vocabulary, shared);
        for (int i = 0; i < shared.length; i++) {
            double wx = leftWeights[i];
            shared[i] = wx + wy == 0 ? 0 : 2 * shared[i] / (wx + wy);
        }
        return shared;
    }

    /** The scores of this left side against {@code right}. */
    Similarity.PairScores against(List<SentenceProfile> right) {
        Column[] cols = new Column[right.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = columns.computeIfAbsent(right.get(j).stems(), Column::new);
        }
        return new Similarity.PairScores() {
            @Override
            public double score(int i, int j) {
                return cols[j].score[i];
            }

            @Override
            public double oneTwo(int i, int j) {
                return cols[j].withNext(cols[j + 1]).score(i);
            }

            @Override
            public double twoOne(int i, int j) {
                return cols[j].twoOne(i);
            }
        };
    }

    private double dice(int[] x, double wx, int[] y, double wy) {
        return LexicalSimilarity.dice(vocabulary, x, wx, y, wy);
    }

    private static double[] unknown(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN); // a Dice score is never NaN
        return out;
    }

    /** One right stem set (a sentence, or a sentence joined with the next) against every left sentence. */
    private final class Column {
        final int[] stems;
        final double weight;
        final double[] score;
        private double[] twoOne;
        private Map<int[], Column> next;

        Column(int[] stems) {
            this.stems = stems;
            this.weight = vocabulary.weightOf(stems);
            this.score = column(stems, weight);
        }

        double score(int i) {
            return score[i];
        }

        /** Left i and i + 1 together against this sentence. */
        double twoOne(int i) {
            if (twoOne == null) {
                twoOne = unknown(left.size());
            }
            if (Double.isNaN(twoOne[i])) {
                if (leftPair[i] == null) {
                    leftPair[i] = LexicalSimilarity.union(List.of(left.get(i), left.get(i + 1)));
                    leftPairWeight[i] = vocabulary.weightOf(leftPair[i]);
                }
                twoOne[i] = dice(leftPair[i], leftPairWeight[i], stems, weight);
            }
            return twoOne[i];
        }

        /** This sentence joined with the one after it. */
        Column withNext(Column after) {
            if (next == null) {
                next = new IdentityHashMap<>();
            }
            return next.computeIfAbsent(after.stems, s -> new Column(LexicalSimilarity.union2(stems, s)));
        }
    }
}
