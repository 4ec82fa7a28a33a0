package dev.syndiff.core.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A sentence's anchor keys as sorted 64-bit hashes, ready for a fast weighted Dice. */
final class AnchorKeys {
    final long[] facts;
    final double[] weights;
    final double factTotal;
    final long[] sureNames;
    final long[] allNames;
    /** MAYBE_NAME keys that are not also sure NAME keys. */
    final long[] maybeOnly;

    /**
     * False for a sentence in Chinese characters, which give no name keys at all ({@link CaselessNames}):
     * the other sentence's names then count only where they match, as a MAYBE_NAME does.
     */
    final boolean namesVisible;

    AnchorKeys(List<Anchor> anchors) {
        this(anchors, true);
    }

    AnchorKeys(List<Anchor> anchors, boolean namesVisible) {
        this.namesVisible = namesVisible;
        List<String> facts = new ArrayList<>();
        List<String> sure = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Anchor a : anchors) {
            switch (a.kind()) {
                case NAME -> {
                    sure.add(a.key());
                    all.add(a.key());
                }
                case MAYBE_NAME -> all.add(a.key());
                default -> facts.add(a.key());
            }
        }
        this.facts = hashes(facts);
        this.weights = new double[this.facts.length];
        for (Anchor a : anchors) {
            if (a.kind() != Anchor.Kind.NAME && a.kind() != Anchor.Kind.MAYBE_NAME) {
                weights[Arrays.binarySearch(this.facts, hash(a.key()))] = AnchorSimilarity.weight(a);
            }
        }
        this.factTotal = Arrays.stream(weights).sum();
        this.sureNames = hashes(sure);
        this.allNames = hashes(all);
        this.maybeOnly = Arrays.stream(allNames).filter(h -> Arrays.binarySearch(sureNames, h) < 0).toArray();
    }

    /** Distinct 64-bit hashes of the keys, sorted. */
    static long[] hashes(List<String> keys) {
        return keys.stream().mapToLong(AnchorKeys::hash).sorted().distinct().toArray();
    }

    /** FNV-1a, 64 bit: collisions among a sentence pair's few dozen keys are negligible. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
