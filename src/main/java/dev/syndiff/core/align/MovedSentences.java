package dev.syndiff.core.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * After the monotone path: sentences matched off it (moves), and the other half of a split
 * sentence joined to its match. Huge copies are searched within a window, so the cost stays
 * bounded.
 */
final class MovedSentences {
    private static final int MOVE_WINDOW = 500;
    private final Similarity similarity;
    private final AlignParams params;
    private final long fullSearchPairs;

    MovedSentences(Similarity similarity, AlignParams params, long fullSearchPairs) {
        this.similarity = similarity;
        this.params = params;
        this.fullSearchPairs = fullSearchPairs;
    }

    /** {@code scores}: the similarity's pair scores of these two lists, set up by the caller. */
    List<Link> add(List<SentenceProfile> left, List<SentenceProfile> right, List<Link> kept, Similarity.PairScores scores) {
        boolean[] usedL = new boolean[left.size()];
        boolean[] usedR = new boolean[right.size()];
        for (Link l : kept) {
            for (int i : l.left()) usedL[i] = true;
            for (int j : l.right()) usedR[j] = true;
        }
        double floor = params.moved() - 0.1;
        // a move is looked for everywhere in normal texts, within a wide window in huge ones
        long pairs = (long) left.size() * right.size();
        int window = pairs <= fullSearchPairs ? Integer.MAX_VALUE : MOVE_WINDOW;
        List<Link> candidates = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            if (usedL[i]) continue;
            int center = (int) ((long) i * right.size() / left.size());
            int lo = window == Integer.MAX_VALUE ? 0 : Math.max(0, center - window);
            int hi = window == Integer.MAX_VALUE ? right.size() : Math.min(right.size(), center + window);
            for (int j = lo; j < hi; j++) {
                if (usedR[j]) continue;
                double s = scores.score(i, j);
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

}
