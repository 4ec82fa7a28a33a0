package dev.syndiff.core.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stem ids and their weights over the whole bundle: a stem found in many sentences (a name the
 * whole story repeats, a function word) weighs little, a rare one a lot (inverse document frequency).
 */
public final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[256];
    private double[] weights = new double[0];

    public int[] idsOf(List<String> stems) {
        int[] out = new int[stems.size()];
        int n = 0;
        for (String s : stems) {
            Integer id = ids.get(s);
            if (id == null) {
                id = ids.size();
                ids.put(s, id);
            }
            out[n++] = id;
        }
        Arrays.sort(out, 0, n);
        int d = 0;
        for (int k = 0; k < n; k++) {
            if (d == 0 || out[k] != out[d - 1]) {
                out[d++] = out[k];
            }
        }
        int[] sorted = d == out.length ? out : Arrays.copyOf(out, d);
        count(sorted);
        return sorted;
    }

    /** Counts one more sentence holding the (sorted, distinct) stem ids, as {@link #idsOf} does. */
    void count(int[] sorted) {
        for (int id : sorted) {
            if (id >= df.length) {
                df = Arrays.copyOf(df, Math.max(df.length * 2, id + 1));
            }
            df[id]++;
        }
    }

    /** Fixes the weights once every sentence has been counted. */
    public void freeze(int documents) {
        weights = new double[ids.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.log((documents + 1.0) / (df[i] + 0.5));
            if (weights[i] < 0.05) {
                weights[i] = 0.05;
            }
        }
    }

    public double weight(int id) {
        return weights[id];
    }

    public double weightOf(int[] set) {
        double w = 0;
        for (int id : set) {
            w += weights[id];
        }
        return w;
    }
}
