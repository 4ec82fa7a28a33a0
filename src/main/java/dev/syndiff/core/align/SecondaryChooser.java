package dev.syndiff.core.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks the secondary reference: the same-story copy whose sentences missing from the reference
 * the other copies share most (it holds most of the rows the reference lacks), with the fewest
 * signs of mechanical damage.
 */
final class SecondaryChooser {
    private static final int MAX_CANDIDATES = 6;
    private static final int MAX_PEERS = 12;
    private final BundleAligner.PairAligner pairs;
    private final Map<String, List<SentenceProfile>> profiles;

    SecondaryChooser(BundleAligner.PairAligner pairs, Map<String, List<SentenceProfile>> profiles) {
        this.pairs = pairs;
        this.profiles = profiles;
    }

    String choose(List<String> order, String ref, Map<String, Boolean> sameStory, Map<String, List<Link>> refLinks) {
        return choose(order, ref, sameStory, refLinks, true);
    }

    /**
     * {@code remember}: each copy's leftovers found once for the whole choice (the sort asked for
     * them at every comparison); false finds them at every use (tests compare both).
     */
    String choose(List<String> order, String ref, Map<String, Boolean> sameStory, Map<String, List<Link>> refLinks,
                  boolean remember) {
        Map<String, List<SentenceProfile>> found = new java.util.HashMap<>();
        java.util.function.Function<String, List<SentenceProfile>> left = id -> remember
                ? found.computeIfAbsent(id, k -> leftovers(k, refLinks.get(k))) : leftovers(id, refLinks.get(id));
        List<String> copies = order.stream().filter(id -> !id.equals(ref) && sameStory.get(id)).toList();
        List<String> candidates = copies.stream()
                .filter(id -> !left.apply(id).isEmpty() && pairs.sameLanguage(ref, id))
                .sorted(Comparator.comparingInt((String id) -> -left.apply(id).size()))
                .limit(MAX_CANDIDATES).toList();
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String s : candidates) {
            List<SentenceProfile> own = left.apply(s);
            double covered = 0;
            int peers = 0;
            for (String c : copies) {
                if (c.equals(s) || peers++ >= MAX_PEERS) {
                    continue;
                }
                List<SentenceProfile> theirs = left.apply(c);
                for (Link l : pairs.align(s, own, c, theirs)) {
                    covered += l.right().length;
                }
            }
            double score = covered + 0.1 * own.size() - 2.0 * damage(s);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    List<SentenceProfile> leftovers(String id, List<Link> links) {
        boolean[] used = new boolean[profiles.get(id).size()];
        for (Link l : links) {
            for (int j : l.right()) {
                used[j] = true;
            }
        }
        List<SentenceProfile> out = new ArrayList<>();
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                out.add(profiles.get(id).get(j));
            }
        }
        return out;
    }

    private double damage(String id) {
        return DamageSigns.perSentence(profiles.get(id), pairs.damage);
    }
}
