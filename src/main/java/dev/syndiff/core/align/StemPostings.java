package dev.syndiff.core.align;

import java.util.Arrays;
import java.util.List;

/**
 * One side's stems as postings, (stem id, sentence index) sorted by stem then index, so that
 * a stem set's shared weight with every sentence of the side is summed in one pass over its
 * stems. Each sentence's sum is taken over the common stems in ascending id order, as
 * {@link LexicalSimilarity#dice} sums it, so the scores built from it are the same doubles.
 */
final class StemPostings {
    private final int[] stems;
    private final int[] owners;

    StemPostings(List<SentenceProfile> side) {
        int total = 0;
        for (SentenceProfile p : side) {
            total += p.stems().length;
        }
        long[] keys = new long[total];
        int k = 0;
        for (int i = 0; i < side.size(); i++) {
            for (int id : side.get(i).stems()) {
                keys[k++] = (long) id << 32 | i;
            }
        }
        Arrays.sort(keys);
        stems = new int[total];
        owners = new int[total];
        for (int t = 0; t < total; t++) {
            stems[t] = (int) (keys[t] >>> 32);
            owners[t] = (int) keys[t];
        }
    }

    /** Adds, for every stem of {@code y} (sorted ascending), its weight to {@code shared} of each sentence holding it. */
    void accumulate(int[] y, Vocabulary vocabulary, double[] shared) {
        int from = 0;
        for (int id : y) {
            int t = lowerBound(id, from);
            from = t;
            double w = vocabulary.weight(id);
            for (; t < stems.length && stems[t] == id; t++) {
                shared[owners[t]] += w;
            }
        }
    }

    /** The first slot at or after {@code from} whose stem is not below {@code id}. */
    private int lowerBound(int id, int from) {
        int lo = from;
        int hi = stems.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stems[mid] < id) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
