package dev.syndiff.core.align;

import java.util.Arrays;
import java.util.List;

/**
 * The weighted Dice of {@link LexicalSimilarity} for every (left i, right j) pair, one left row
 * at a time: the right side's stems are indexed once, so a row costs the postings of its stems
 * instead of a merge against every right sentence. Each shared weight is summed over the common
 * stems in ascending id order, as the merge does, so every score is bit for bit the same. The
 * unions of adjacent sentences (the aligner's 1:2 and 2:1 merges) and their weights are made once.
 */
final class LexicalRows implements Similarity.PairScores {
    private final Vocabulary vocabulary;
    private final List<SentenceProfile> left;
    private final List<SentenceProfile> right;
    private final double[] rightWeight;
    private final double[] leftWeights;
    private final int[][] leftPair;
    private final double[] leftPairWeight;
    private final int[][] rightPair;
    private final double[] rightPairWeight;
    private final StemPostings postings;
    private final double[] shared;
    private int row = -1;
    private double leftWeight;

    LexicalRows(Vocabulary vocabulary, List<SentenceProfile> left, List<SentenceProfile> right) {
        this.vocabulary = vocabulary;
        this.left = left;
        this.right = right;
        this.leftPair = new int[left.size()][];
        this.leftPairWeight = new double[left.size()];
        this.rightPair = new int[right.size()][];
        this.rightPairWeight = new double[right.size()];
        this.rightWeight = new double[right.size()];
        this.leftWeights = new double[left.size()];
        for (int i = 0; i < left.size(); i++) {
            leftWeights[i] = vocabulary.weightOf(left.get(i).stems());
        }
        for (int j = 0; j < right.size(); j++) {
            rightWeight[j] = vocabulary.weightOf(right.get(j).stems());
        }
        postings = new StemPostings(right);
        shared = new double[right.size()];
    }

    @Override
    public double score(int i, int j) {
        if (i != row) {
            fill(i);
        }
        double wy = rightWeight[j];
        if (leftWeight + wy == 0) {
            return 0;
        }
        return 2 * shared[j] / (leftWeight + wy);
    }

    @Override
    public double oneTwo(int i, int j) {
        if (rightPair[j] == null) {
            rightPair[j] = LexicalSimilarity.union(List.of(right.get(j), right.get(j + 1)));
            rightPairWeight[j] = vocabulary.weightOf(rightPair[j]);
        }
        return dice(left.get(i).stems(), leftWeights[i], rightPair[j], rightPairWeight[j]);
    }

    @Override
    public double twoOne(int i, int j) {
        if (leftPair[i] == null) {
            leftPair[i] = LexicalSimilarity.union(List.of(left.get(i), left.get(i + 1)));
            leftPairWeight[i] = vocabulary.weightOf(leftPair[i]);
        }
        return dice(leftPair[i], leftPairWeight[i], right.get(j).stems(), rightWeight[j]);
    }

    private double dice(int[] x, double wx, int[] y, double wy) {
        return LexicalSimilarity.dice(vocabulary, x, wx, y, wy);
    }

    private void fill(int i) {
        row = i;
        int[] x = left.get(i).stems();
        leftWeight = leftWeights[i];
        Arrays.fill(shared, 0);
        postings.accumulate(x, vocabulary, shared);
    }
}
