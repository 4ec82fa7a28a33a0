package dev.syndiff.core.align;

/**
 * A match between sentences of two sequences: indices into each (1 to 2 on either side, for a
 * sentence split or joined), their similarity, and whether it lies off the monotone path.
 */
public record Link(int[] left, int[] right, double similarity, boolean moved) {
    public int leftFirst() {
        return left[0];
    }

    public int leftLast() {
        return left[left.length - 1];
    }

    public int rightFirst() {
        return right[0];
    }

    public int rightLast() {
        return right[right.length - 1];
    }
}
