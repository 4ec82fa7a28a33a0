package dev.syndiff.core.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the N-way rows from pairwise links: every body sentence of every copy ends in exactly
 * one row, and a row holds at most three sentences of one copy.
 */
final class RowAssembler {
    private static final int MAX_PER_CELL = 3;
    private final List<String> order;
    private final Map<String, List<SentenceProfile>> profiles;
    private final String ref;
    private final String secondary;
    private final BundleAligner.PairAligner pairs;
    private final List<Map<String, TreeSet<Integer>>> rows = new ArrayList<>();
    private final Map<String, int[]> rowOf = new HashMap<>();
    private Map<String, Boolean> sameStory = Map.of();

    RowAssembler(List<String> order, Map<String, List<SentenceProfile>> profiles, String ref, String secondary,
                 BundleAligner.PairAligner pairs) {
        this.order = order;
        this.profiles = profiles;
        this.ref = ref;
        this.secondary = secondary;
        this.pairs = pairs;
        for (String id : order) {
            int[] r = new int[profiles.get(id).size()];
            java.util.Arrays.fill(r, -1);
            rowOf.put(id, r);
        }
    }

    void addReferenceRows(Map<String, List<Link>> refLinks) {
        groupAndAttach(ref, BundleAligner.indices(profiles.get(ref).size()), refLinks);
    }

    void addSecondaryRows(Map<String, Boolean> sameStory) {
        if (secondary == null) {
            return;
        }
        List<Integer> own = unassigned(secondary);
        Map<String, List<Link>> links = new LinkedHashMap<>();
        for (String c : order) {
            if (c.equals(ref) || c.equals(secondary) || !sameStory.get(c)) {
                continue;
            }
            List<Integer> theirs = unassigned(c);
            List<Link> local = pairs.align(secondary, pick(secondary, own), c, pick(c, theirs));
            List<Link> global = new ArrayList<>();
            for (Link l : local) {
                global.add(new Link(map(l.left(), own), map(l.right(), theirs), l.similarity(), l.moved()));
            }
            links.put(c, global);
        }
        groupAndAttach(secondary, own, links);
    }

    /**
     * Sentences of copies matched neither to the reference nor to the secondary reference: each
     * joins the best earlier leftover row it strongly matches, else starts a row of its own.
     * Candidate rows are found through the sentence's stems, so the pass stays near linear.
     */
    void addRemaining(Map<String, Boolean> sameStory) {
        this.sameStory = sameStory;
        Map<Integer, List<Integer>> rowsByStem = new HashMap<>();
        for (String c : order) {
            for (int j : unassigned(c)) {
                SentenceProfile p = profiles.get(c).get(j);
                int best = -1;
                double bestScore = 0;
                if (sameStory.get(c)) {
                    for (int r : candidates(p, rowsByStem)) {
                        double s = bestScore(c, p, rows.get(r));
                        if (s > bestScore && !rows.get(r).containsKey(c)) {
                            bestScore = s;
                            best = r;
                        }
                    }
                }
                if (best < 0 || bestScore < AlignParams.LEXICAL.strong()) {
                    best = newRow();
                }
                attach(best, c, j);
                if (sameStory.get(c)) {
                    for (int stem : p.stems()) {
                        List<Integer> list = rowsByStem.computeIfAbsent(stem, k -> new ArrayList<>());
                        if (list.isEmpty() || list.get(list.size() - 1) != best) {
                            list.add(best);
                        }
                    }
                }
            }
        }
    }

    /** Leftover rows sharing one of the sentence's rarer stems (common stems say nothing). */
    private static java.util.Set<Integer> candidates(SentenceProfile p, Map<Integer, List<Integer>> rowsByStem) {
        java.util.Set<Integer> out = new java.util.LinkedHashSet<>();
        for (int stem : p.stems()) {
            List<Integer> rows = rowsByStem.get(stem);
            if (rows != null && rows.size() <= 64) {
                out.addAll(rows);
            }
        }
        return out;
    }

    private double bestScore(String source, SentenceProfile p, Map<String, TreeSet<Integer>> row) {
        double best = 0;
        for (var e : row.entrySet()) {
            if (!pairs.sameLanguage(source, e.getKey())) {
                continue;
            }
            for (int k : e.getValue()) {
                best = Math.max(best, pairs.similarity(e.getKey(), source).score(profiles.get(e.getKey()).get(k), p));
            }
        }
        return best;
    }

    private void groupAndAttach(String spine, List<Integer> spineIdx, Map<String, List<Link>> links) {
        int size = profiles.get(spine).size();
        UnionFind groups = new UnionFind(size);
        int[] groupSize = new int[size];
        java.util.Arrays.fill(groupSize, 1);
        for (List<Link> ls : links.values()) {
            for (Link l : ls) {
                if (l.left().length == 2) {
                    int a = groups.find(l.left()[0]);
                    int b = groups.find(l.left()[1]);
                    if (a != b && groupSize[a] + groupSize[b] <= MAX_PER_CELL) {
                        groups.union(a, b);
                        groupSize[groups.find(a)] = groupSize[a] + groupSize[b];
                    }
                }
            }
        }
        Map<Integer, Integer> rowOfGroup = new HashMap<>();
        for (int i : spineIdx) {
            int row = rowOfGroup.computeIfAbsent(groups.find(i), g -> newRow());
            attach(row, spine, i);
        }
        for (var e : links.entrySet()) {
            for (Link l : e.getValue()) {
                Integer row = rowOfGroup.get(groups.find(l.leftFirst()));
                boolean together = java.util.Arrays.stream(l.left()).allMatch(i -> groups.find(i) == groups.find(l.leftFirst()));
                if (row == null || !together) {
                    continue;
                }
                TreeSet<Integer> cell = rows.get(row).get(e.getKey());
                if ((cell == null ? 0 : cell.size()) + l.right().length <= MAX_PER_CELL) {
                    for (int j : l.right()) {
                        attach(row, e.getKey(), j);
                    }
                }
            }
        }
    }

    private int newRow() {
        rows.add(new LinkedHashMap<>());
        return rows.size() - 1;
    }

    private void attach(int row, String source, int sentence) {
        rows.get(row).computeIfAbsent(source, k -> new TreeSet<>()).add(sentence);
        rowOf.get(source)[sentence] = row;
    }

    private List<Integer> unassigned(String source) {
        List<Integer> out = new ArrayList<>();
        int[] r = rowOf.get(source);
        for (int j = 0; j < r.length; j++) {
            if (r[j] < 0) {
                out.add(j);
            }
        }
        return out;
    }

    private List<SentenceProfile> pick(String source, List<Integer> idx) {
        return idx.stream().map(profiles.get(source)::get).toList();
    }

    private static int[] map(int[] local, List<Integer> global) {
        int[] out = new int[local.length];
        for (int k = 0; k < local.length; k++) {
            out[k] = global.get(local[k]);
        }
        return out;
    }

    /**
     * Rows in reading order: the reference's order first; a row the reference lacks follows the
     * row of the sentence before it in the copy that first holds it.
     */
    List<AlignedRow> ordered() {
        double[] key = new double[rows.size()];
        java.util.Arrays.fill(key, Double.NaN);
        List<String> walk = new ArrayList<>();
        walk.add(ref);
        if (secondary != null) {
            walk.add(secondary);
        }
        order.stream().filter(id -> !walk.contains(id)).forEach(walk::add);
        double end = rows.size() + 10.0;
        for (String source : walk) {
            // another story's own sentences follow the story, not precede it
            double last = sameStory.getOrDefault(source, true) ? -1 : end;
            int run = 0;
            for (int r : rowOf.get(source)) {
                if (source.equals(ref) && Double.isNaN(key[r])) {
                    key[r] = ++last + 1;
                    last = key[r];
                    run = 0;
                } else if (!Double.isNaN(key[r])) {
                    last = key[r];
                    run = 0;
                } else {
                    run++;
                    key[r] = last + run * 1e-3 / (1 + walk.indexOf(source));
                }
            }
        }
        List<Integer> idx = BundleAligner.indices(rows.size());
        idx.sort(Comparator.comparingDouble((Integer r) -> key[r]).thenComparingInt(r -> r));
        List<AlignedRow> out = new ArrayList<>();
        for (int r : idx) {
            Map<String, List<SentenceProfile>> cells = new LinkedHashMap<>();
            for (String id : order) {
                TreeSet<Integer> cell = rows.get(r).get(id);
                if (cell != null) {
                    cells.put(id, pick(id, new ArrayList<>(cell)));
                }
            }
            out.add(new AlignedRow(cells, counterpart(cells)));
        }
        return out;
    }

    private String counterpart(Map<String, List<SentenceProfile>> cells) {
        if (cells.containsKey(ref)) {
            return ref;
        }
        if (secondary != null && cells.containsKey(secondary)) {
            return secondary;
        }
        String best = cells.keySet().iterator().next();
        double bestScore = -1;
        for (String a : cells.keySet()) {
            double s = 0;
            for (String b : cells.keySet()) {
                if (!a.equals(b)) {
                    s += pairs.similarity(a, b).score(cells.get(a), cells.get(b));
                }
            }
            if (s > bestScore + 1e-9) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }
}
