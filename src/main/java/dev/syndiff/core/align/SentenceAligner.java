package dev.syndiff.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns two sentence sequences: a monotone dynamic program with 1:2 and 2:1 merges, then weak
 * pairs kept only where they extend a chain of strong ones, then moved sentences matched off the
 * path. The program is banded for very long inputs so time and memory stay bounded.
 */
public final class SentenceAligner {
    private static final long FULL_MATRIX_CELLS = 4_000_000L;
    private static final int MOVE_WINDOW = 500;
    private static final byte SKIP_LEFT = 1;
    private static final byte SKIP_RIGHT = 2;
    private static final byte ONE_ONE = 3;
    private static final byte ONE_TWO = 4;
    private static final byte TWO_ONE = 5;

    private final Similarity similarity;
    private final AlignParams params;

    public SentenceAligner(Similarity similarity, AlignParams params) {
        this.similarity = similarity;
        this.params = params;
    }

    public List<Link> align(List<SentenceProfile> left, List<SentenceProfile> right) {
        int n = left.size();
        int m = right.size();
        if (n == 0 || m == 0) {
            return List.of();
        }
        Band band = new Band(n, m, (long) n * m <= FULL_MATRIX_CELLS ? Math.max(n, m) + 2
                : (int) Math.max(200, FULL_MATRIX_CELLS / (n + m)));
        double[][] s11 = new double[n][];
        for (int i = 0; i < n; i++) {
            s11[i] = new double[band.width()];
            for (int j = band.lo(i + 1) - 1; j < band.hi(i + 1); j++) {
                if (j >= 0 && j < m) {
                    s11[i][band.slot(i + 1, j + 1)] = similarity.score(left.get(i), right.get(j));
                }
            }
        }
        List<Link> path = dynamicProgram(left, right, band, s11);
        List<Link> kept = keepChains(path);
        List<Link> out = withMoves(left, right, kept);
        return out;
    }

    private List<Link> dynamicProgram(List<SentenceProfile> left, List<SentenceProfile> right, Band band,
                                      double[][] s11) {
        int n = left.size();
        int m = right.size();
        double[][] f = new double[n + 1][band.width()];
        byte[][] back = new byte[n + 1][band.width()];
        double[][] mergeSim = new double[n + 1][band.width()];
        for (double[] row : f) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
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
                    if (Math.max(a, b) >= params.match() && Math.min(a, b) > 0.04) {
                        double s = similarity.score(List.of(left.get(i - 1)), List.of(right.get(j - 2), right.get(j - 1)));
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
                    if (Math.max(a, b) >= params.match() && Math.min(a, b) > 0.04) {
                        double s = similarity.score(List.of(left.get(i - 2), left.get(i - 1)), List.of(right.get(j - 1)));
                        double v = f[i - 2][band.slot(i - 2, j - 1)] + s - params.match();
                        if (s > Math.max(a, b) + 0.01 && v > best) {
                            best = v;
                            move = TWO_ONE;
                            bestMerge = s;
                        }
                    }
                }
                f[i][band.slot(i, j)] = best;
                back[i][band.slot(i, j)] = move;
                mergeSim[i][band.slot(i, j)] = bestMerge;
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
                boolean prev = k > 0 && kept[k - 1] && adjacent(path.get(k - 1), path.get(k));
                boolean next = k + 1 < path.size() && kept[k + 1] && adjacent(path.get(k), path.get(k + 1));
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

    private static boolean adjacent(Link a, Link b) {
        return a.leftLast() + 1 == b.leftFirst() && a.rightLast() + 1 == b.rightFirst();
    }

    private List<Link> withMoves(List<SentenceProfile> left, List<SentenceProfile> right, List<Link> kept) {
        boolean[] usedL = new boolean[left.size()];
        boolean[] usedR = new boolean[right.size()];
        for (Link l : kept) {
            for (int i : l.left()) usedL[i] = true;
            for (int j : l.right()) usedR[j] = true;
        }
        double floor = params.moved() - 0.1;
        // a move is looked for everywhere in normal texts, within a wide window in huge ones
        long pairs = (long) left.size() * right.size();
        int window = pairs <= FULL_MATRIX_CELLS ? Integer.MAX_VALUE : MOVE_WINDOW;
        List<Link> candidates = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            if (usedL[i]) continue;
            int center = (int) ((long) i * right.size() / left.size());
            int lo = window == Integer.MAX_VALUE ? 0 : Math.max(0, center - window);
            int hi = window == Integer.MAX_VALUE ? right.size() : Math.min(right.size(), center + window);
            for (int j = lo; j < hi; j++) {
                if (usedR[j]) continue;
                double s = similarity.score(left.get(i), right.get(j));
                if (s >= floor) {
                    candidates.add(new Link(new int[]{i}, new int[]{j}, s, true));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Link::similarity).reversed());
        List<Link> out = new ArrayList<>(kept);
        List<Link> moved = new ArrayList<>();
        for (Link c : candidates) {
            if (c.similarity() >= params.moved() && !usedL[c.leftFirst()] && !usedR[c.rightFirst()]) {
                usedL[c.leftFirst()] = true;
                usedR[c.rightFirst()] = true;
                moved.add(c);
            }
        }
        // a weaker moved pair stands if it moved together with a neighbour (a moved paragraph)
        // or if neither of its sentences has a rival
        for (Link w : candidates) {
            if (w.similarity() >= params.moved() || usedL[w.leftFirst()] || usedR[w.rightFirst()]) {
                continue;
            }
            boolean supported = false;
            for (Link o : moved) {
                int dl = o.leftFirst() - w.leftFirst();
                if (Math.abs(dl) == 1 && o.rightFirst() - w.rightFirst() == dl) {
                    supported = true;
                    break;
                }
            }
            if (supported || mutualBest(w, candidates, usedL, usedR)) {
                usedL[w.leftFirst()] = true;
                usedR[w.rightFirst()] = true;
                moved.add(w);
            }
        }
        out.addAll(moved);
        absorbSplits(left, right, out, usedL, usedR);
        out.sort(Comparator.comparingInt(Link::leftFirst));
        return out;
    }

    private static boolean mutualBest(Link w, List<Link> candidates, boolean[] usedL, boolean[] usedR) {
        for (Link o : candidates) {
            if (usedL[o.leftFirst()] || usedR[o.rightFirst()]) {
                continue;
            }
            if (o != w && (o.leftFirst() == w.leftFirst() || o.rightFirst() == w.rightFirst())
                    && o.similarity() >= w.similarity() - 0.02) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sentence left over next to a matched one whose words the other side holds is the other
     * half of a split ("...?" + "He asked."): it joins the match, up to two sentences a side.
     */
    private void absorbSplits(List<SentenceProfile> left, List<SentenceProfile> right, List<Link> links,
                              boolean[] usedL, boolean[] usedR) {
        for (int k = 0; k < links.size(); k++) {
            Link l = links.get(k);
            if (l.right().length == 1 && l.left().length == 1) {
                List<SentenceProfile> whole = List.of(left.get(l.leftFirst()));
                int before = l.rightFirst() - 1;
                int after = l.rightLast() + 1;
                if (after < right.size() && !usedR[after] && joins(right.get(after), whole, right.get(l.rightFirst()), false)) {
                    usedR[after] = true;
                    links.set(k, new Link(l.left(), new int[]{l.rightFirst(), after}, l.similarity(), l.moved()));
                } else if (before >= 0 && !usedR[before] && joins(right.get(before), whole, right.get(l.rightFirst()), false)) {
                    usedR[before] = true;
                    links.set(k, new Link(l.left(), new int[]{before, l.rightFirst()}, l.similarity(), l.moved()));
                }
            }
            l = links.get(k);
            if (l.left().length == 1 && l.right().length == 1) {
                List<SentenceProfile> whole = List.of(right.get(l.rightFirst()));
                int before = l.leftFirst() - 1;
                int after = l.leftLast() + 1;
                if (after < left.size() && !usedL[after] && joins(left.get(after), whole, left.get(l.leftFirst()), true)) {
                    usedL[after] = true;
                    links.set(k, new Link(new int[]{l.leftFirst(), after}, l.right(), l.similarity(), l.moved()));
                } else if (before >= 0 && !usedL[before] && joins(left.get(before), whole, left.get(l.leftFirst()), true)) {
                    usedL[before] = true;
                    links.set(k, new Link(new int[]{before, l.leftFirst()}, l.right(), l.similarity(), l.moved()));
                }
            }
        }
    }

    /** Whether {@code part}, next to {@code matched}, is the rest of what {@code whole} says. */
    private boolean joins(SentenceProfile part, List<SentenceProfile> whole, SentenceProfile matched, boolean partIsLeft) {
        double c = similarity.containment(part, whole);
        if (c >= 0.6 || similarity.residualCoverage(part, whole, matched) >= 0.25) {
            return true;
        }
        boolean lexical = similarity instanceof LexicalSimilarity;
        if (lexical && c < 0.35) {
            return false;
        }
        List<SentenceProfile> pair = part.sentence().index() < matched.sentence().index()
                ? List.of(part, matched) : List.of(matched, part);
        double single = similarity.score(whole.get(0), matched);
        double joined = partIsLeft ? similarity.score(pair, whole) : similarity.score(whole, pair);
        return joined >= single + (lexical ? 0.01 : 0.03);
    }

    private static double sim(double[][] s11, Band band, int i, int j) {
        return band.in(i + 1, j + 1) ? s11[i][band.slot(i + 1, j + 1)] : 0;
    }

    /** The diagonal strip of the matrix the program fills; the whole matrix for normal inputs. */
    private record Band(int n, int m, int half) {
        int center(int i) {
            return (int) Math.round((double) i * m / n);
        }

        int lo(int i) {
            return center(i) - half;
        }

        int hi(int i) {
            return center(i) + half;
        }

        int width() {
            return 2 * half + 1;
        }

        boolean in(int i, int j) {
            return i >= 0 && i <= n && j >= 0 && j <= m && Math.abs(j - center(i)) <= half;
        }

        int slot(int i, int j) {
            return j - center(i) + half;
        }
    }
}
