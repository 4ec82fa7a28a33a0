package dev.syndiff.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns two sentence sequences: a monotone dynamic program with 1:2 and 2:1 merges, then weak
 * pairs kept only where they extend a chain of strong ones, then moved sentences matched off the
 * path. The program is banded for very long inputs so time and memory stay bounded.
 */
public final class SentenceAligner {
    private static final long FULL_MATRIX_CELLS = 4_000_000L;
    private static final byte SKIP_LEFT = 1;
    private static final byte SKIP_RIGHT = 2;
    private static final byte ONE_ONE = 3;
    private static final byte ONE_TWO = 4;
    private static final byte TWO_ONE = 5;

    private final Similarity similarity;
    private final AlignParams params;
    /** The scorer never gives more than 1, so a merge that could not win even with 1 is skipped. */
    private final boolean boundedByOne;
    /** A full matrix indexed by column alone (false: as a band as wide as the matrix, the old layout, for tests). */
    private final boolean compactFull;
    /** Sentence pairs scored so far: the work the program did, for tests of its bounds. */
    private long cellsScored;

    public SentenceAligner(Similarity similarity, AlignParams params) {
        this(similarity, params, true);
    }

    /** {@code skipLosingMerges} false: every gated merge scored (tests compare both ways). */
    SentenceAligner(Similarity similarity, AlignParams params, boolean skipLosingMerges) {
        this(similarity, params, skipLosingMerges, true);
    }

    SentenceAligner(Similarity similarity, AlignParams params, boolean skipLosingMerges, boolean compactFull) {
        this.similarity = similarity;
        this.params = params;
        this.boundedByOne = skipLosingMerges && similarity instanceof LexicalSimilarity;
        this.compactFull = compactFull;
    }

    public long cellsScored() {
        return cellsScored;
    }

    public List<Link> align(List<SentenceProfile> left, List<SentenceProfile> right) {
        int n = left.size();
        int m = right.size();
        if (n == 0 || m == 0) {
            return List.of();
        }
        boolean full = (long) n * m <= FULL_MATRIX_CELLS;
        Band band = full && compactFull ? Band.whole(n, m)
                : new Band(n, m, full ? Math.max(n, m) + 2 : (int) Math.max(64, FULL_MATRIX_CELLS / (n + m)));
        // whole rows are cheaper for a full matrix; a band (and the moves' window) asks few cells a row
        Similarity.PairScores scores = full ? similarity.pairs(left, right)
                : Similarity.cellByCell(similarity, left, right);
        float[][] s11 = new float[n][];
        for (int i = 0; i < n; i++) {
            s11[i] = new float[band.width()];
            for (int j = band.lo(i + 1) - 1; j < band.hi(i + 1); j++) {
                if (j >= 0 && j < m) {
                    s11[i][band.slot(i + 1, j + 1)] = (float) scores.score(i, j);
                    cellsScored++;
                }
            }
        }
        List<Link> path = dynamicProgram(left, right, band, s11, scores);
        List<Link> kept = keepChains(path);
        List<Link> out = new MovedSentences(similarity, params, pairsBound()).add(left, right, kept, scores);
        return out;
    }

    private List<Link> dynamicProgram(List<SentenceProfile> left, List<SentenceProfile> right, Band band,
                                      float[][] s11, Similarity.PairScores scores) {
        int n = left.size();
        int m = right.size();
        float[][] f = new float[n + 1][band.width()];
        byte[][] back = new byte[n + 1][band.width()];
        float[][] mergeSim = new float[n + 1][band.width()];
        for (float[] row : f) {
            Arrays.fill(row, Float.NEGATIVE_INFINITY);
        }
        f[0][band.slot(0, 0)] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = Math.max(0, band.lo(i)); j <= Math.min(m, band.hi(i)); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                byte move = 0;
                double bestMerge = 0;
                if (i > 0 && band.in(i - 1, j) && f[i - 1][band.slot(i - 1, j)] > best) {
                    best = f[i - 1][band.slot(i - 1, j)];
                    move = SKIP_LEFT;
                }
                if (j > 0 && band.in(i, j - 1) && f[i][band.slot(i, j - 1)] > best) {
                    best = f[i][band.slot(i, j - 1)];
                    move = SKIP_RIGHT;
                }
                if (i > 0 && j > 0 && band.in(i - 1, j - 1)) {
                    double s = sim(s11, band, i - 1, j - 1);
                    double v = f[i - 1][band.slot(i - 1, j - 1)] + s - params.match();
                    if (s >= params.match() && v > best) {
                        best = v;
                        move = ONE_ONE;
                    }
                }
                if (i > 0 && j > 1 && band.in(i - 1, j - 2)) {
                    double a = sim(s11, band, i - 1, j - 2);
                    double b = sim(s11, band, i - 1, j - 1);
                    if (Math.max(a, b) >= params.match() && Math.min(a, b) > params.mergePart()
                            && mayWin(f[i - 1][band.slot(i - 1, j - 2)], Math.max(a, b), best)) {
                        double s = scores.oneTwo(i - 1, j - 2);
                        double v = f[i - 1][band.slot(i - 1, j - 2)] + s - params.match();
                        if (s > Math.max(a, b) + 0.01 && v > best) {
                            best = v;
                            move = ONE_TWO;
                            bestMerge = s;
                        }
                    }
                }
                if (i > 1 && j > 0 && band.in(i - 2, j - 1)) {
                    double a = sim(s11, band, i - 2, j - 1);
                    double b = sim(s11, band, i - 1, j - 1);
                    if (Math.max(a, b) >= params.match() && Math.min(a, b) > params.mergePart()
                            && mayWin(f[i - 2][band.slot(i - 2, j - 1)], Math.max(a, b), best)) {
                        double s = scores.twoOne(i - 2, j - 1);
                        double v = f[i - 2][band.slot(i - 2, j - 1)] + s - params.match();
                        if (s > Math.max(a, b) + 0.01 && v > best) {
                            best = v;
                            move = TWO_ONE;
                            bestMerge = s;
                        }
                    }
                }
                f[i][band.slot(i, j)] = (float) best;
                back[i][band.slot(i, j)] = move;
                mergeSim[i][band.slot(i, j)] = (float) bestMerge;
            }
        }
        List<Link> links = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            byte move = back[i][band.slot(i, j)];
            switch (move) {
                case SKIP_LEFT -> i--;
                case SKIP_RIGHT -> j--;
                case ONE_ONE -> {
                    links.add(new Link(new int[]{i - 1}, new int[]{j - 1}, sim(s11, band, i - 1, j - 1), false));
                    i--;
                    j--;
                }
                case ONE_TWO -> {
                    links.add(new Link(new int[]{i - 1}, new int[]{j - 2, j - 1}, mergeSim[i][band.slot(i, j)], false));
                    i--;
                    j -= 2;
                }
                case TWO_ONE -> {
                    links.add(new Link(new int[]{i - 2, i - 1}, new int[]{j - 1}, mergeSim[i][band.slot(i, j)], false));
                    i -= 2;
                    j--;
                }
                default -> throw new IllegalStateException("no way back from " + i + "," + j);
            }
        }
        java.util.Collections.reverse(links);
        return links;
    }

    /**
     * Whether a merge from a cell of value {@code from} could still be taken, its score not known
     * yet: it must beat {@code best} and its parts' best score by 0.01. A lexical score is at most
     * 1 (a weighted Dice; in floating point too, its shared sum never exceeds either side's), and
     * the sums round monotonically, so where even a score of 1 would lose the merge is not scored.
     * Other scorers are always asked.
     */
    private boolean mayWin(float from, double bestPart, double best) {
        if (!boundedByOne) {
            return true;
        }
        return from + 1.0 - params.match() > best && bestPart + 0.01 < 1.0;
    }

    /** Strong pairs stand alone; a weak one is kept only if it continues a chain of kept pairs. */
    private List<Link> keepChains(List<Link> path) {
        boolean[] kept = new boolean[path.size()];
        for (int k = 0; k < path.size(); k++) {
            kept[k] = path.get(k).similarity() >= params.strong();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < path.size(); k++) {
                if (kept[k]) {
                    continue;
                }
                boolean prev = k > 0 && kept[k - 1] && adjacent(path.get(k - 1), path.get(k), params.chainGap());
                boolean next = k + 1 < path.size() && kept[k + 1] && adjacent(path.get(k), path.get(k + 1), params.chainGap());
                if (prev || next) {
                    kept[k] = true;
                    changed = true;
                }
            }
        }
        List<Link> out = new ArrayList<>();
        for (int k = 0; k < path.size(); k++) {
            if (kept[k]) {
                out.add(path.get(k));
            }
        }
        return out;
    }

    /** Next to each other, or with at most {@code gap} unlinked sentences between them on one side. */
    private static boolean adjacent(Link a, Link b, int gap) {
        int dl = b.leftFirst() - a.leftLast() - 1;
        int dr = b.rightFirst() - a.rightLast() - 1;
        return dl == 0 && dr == 0 || gap > 0 && Math.min(dl, dr) == 0 && Math.max(dl, dr) <= gap;
    }

    private static long pairsBound() {
        return FULL_MATRIX_CELLS;
    }

    private static double sim(float[][] s11, Band band, int i, int j) {
        return band.in(i + 1, j + 1) ? s11[i][band.slot(i + 1, j + 1)] : 0;
    }

    /**
     * The diagonal strip of the matrix the program fills; the whole matrix for normal inputs,
     * where a band as wide as the matrix holds every cell, so {@link #whole} slots cells by column
     * alone: the same cells, in rows a third as wide, without the centre arithmetic.
     */
    private static final class Band {
        private final int n;
        private final int m;
        private final int half;
        /** Each row's centre, computed once: the program asks for it several times a cell. */
        private final int[] centers;
        private final boolean whole;

        Band(int n, int m, int half) {
            this(n, m, half, false);
        }

        private Band(int n, int m, int half, boolean whole) {
            this.n = n;
            this.m = m;
            this.half = half;
            this.whole = whole;
            this.centers = new int[whole ? 0 : n + 1];
            for (int i = 0; i <= n && !whole; i++) {
                centers[i] = (int) Math.round((double) i * m / n);
            }
        }

        /** Every cell of the (n + 1) x (m + 1) matrix, slot j in row i. */
        static Band whole(int n, int m) {
            return new Band(n, m, 0, true);
        }

        int center(int i) {
            return centers[i];
        }

        int lo(int i) {
            return whole ? 0 : center(i) - half;
        }

        int hi(int i) {
            return whole ? m : center(i) + half;
        }

        int width() {
            return whole ? m + 1 : 2 * half + 1;
        }

        boolean in(int i, int j) {
            return i >= 0 && i <= n && j >= 0 && j <= m && (whole || Math.abs(j - center(i)) <= half);
        }

        int slot(int i, int j) {
            return whole ? j : j - center(i) + half;
        }
    }
}
