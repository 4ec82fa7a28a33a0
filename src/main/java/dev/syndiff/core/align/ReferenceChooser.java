package dev.syndiff.core.align;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.text.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the copy most like the original wire: the one whose sentences the other copies share
 * most, with a bonus for an agency credit and a penalty for comments, ads and appended articles.
 */
final class ReferenceChooser {
    private static final int MAX_CANDIDATES = 8;
    private static final int HEAD_SENTENCES = 60;
    static final int FINALISTS = 4;
    private static final List<String> AGENCY_CREDITS = readLexicon("agency-credits.txt");
    private final BundleAligner.PairAligner pairs;

    ReferenceChooser(BundleAligner.PairAligner pairs) {
        this.pairs = pairs;
    }

    String choose(List<Article> articles) {
        return choose(articles, true);
    }

    /** {@code narrow} false: every sampled candidate aligned with every other (tests compare both). */
    String choose(List<Article> articles, boolean narrow) {
        Map<String, Double> score = new HashMap<>();
        for (Article a : sample(articles)) {
            score.put(a.id(), credit(a) - spillover(a) - 3.0 * DamageSigns.perSentence(pairs.profiles(a.id()), pairs.damage));
        }
        List<Article> candidates = narrow ? finalists(sample(articles), score) : sample(articles);
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                String a = candidates.get(i).id();
                String b = candidates.get(j).id();
                List<SentenceProfile> ha = head(a);
                List<SentenceProfile> hb = head(b);
                List<Link> links = pairs.align(a, ha, b, hb);
                double shareA = leftShare(links, ha.size());
                double shareB = BundleAligner.rightShare(links, hb.size());
                score.merge(a, (shareA + shareB) / (candidates.size() - 1), Double::sum);
                score.merge(b, (shareA + shareB) / (candidates.size() - 1), Double::sum);
            }
        }
        String best = candidates.get(0).id();
        for (Article a : candidates) {
            if (score.get(a.id()) > score.get(best) + 1e-9) {
                best = a.id();
            }
        }
        return best;
    }

    /**
     * Of a full sample, the {@value #FINALISTS} copies whose head sentences recur word for word
     * (same stems) most in the other candidates' heads, plus their signs above: only these are
     * aligned pairwise (6 alignments instead of 28). Smaller samples are all finalists.
     */
    List<Article> finalists(List<Article> candidates, Map<String, Double> signs) {
        if (candidates.size() < MAX_CANDIDATES) {
            return candidates;
        }
        List<Set<StemKey>> heads = new ArrayList<>();
        for (Article a : candidates) {
            Set<StemKey> keys = new HashSet<>();
            for (SentenceProfile p : head(a.id())) {
                if (p.stems().length > 0) {
                    keys.add(new StemKey(p.stems()));
                }
            }
            heads.add(keys);
        }
        double[] cheap = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            cheap[i] = signs.get(candidates.get(i).id());
            for (int j = 0; j < candidates.size(); j++) {
                if (j != i) {
                    cheap[i] += (shared(heads.get(i), heads.get(j)) + shared(heads.get(j), heads.get(i))) / (candidates.size() - 1);
                }
            }
        }
        List<Integer> order = new ArrayList<>(BundleAligner.indices(candidates.size()));
        order.sort((x, y) -> Double.compare(cheap[y], cheap[x])); // stable: ties keep the sample's order
        List<Integer> kept = new ArrayList<>(order.subList(0, FINALISTS));
        kept.sort(null);
        List<Article> out = new ArrayList<>();
        kept.forEach(k -> out.add(candidates.get(k)));
        return out;
    }

    /** The share of {@code a}'s sentences that {@code b} has word for word. */
    private static double shared(Set<StemKey> a, Set<StemKey> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (StemKey k : a) {
            n += b.contains(k) ? 1 : 0;
        }
        return (double) n / a.size();
    }

    /** A sentence's stem ids, compared by value. */
    private record StemKey(int[] stems) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StemKey k && Arrays.equals(stems, k.stems);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(stems);
        }
    }

    /** A copy's first sentences are enough to judge it, and keep the choice cheap on long copies. */
    private List<SentenceProfile> head(String id) {
        List<SentenceProfile> all = pairs.profiles(id);
        return all.size() <= HEAD_SENTENCES ? all : all.subList(0, HEAD_SENTENCES);
    }

    private static List<Article> sample(List<Article> articles) {
        if (articles.size() <= MAX_CANDIDATES) {
            return articles;
        }
        List<Article> out = new ArrayList<>();
        for (int k = 0; k < MAX_CANDIDATES; k++) {
            out.add(articles.get(k * articles.size() / MAX_CANDIDATES));
        }
        return out;
    }

    private static double leftShare(List<Link> links, int size) {
        if (size == 0) {
            return 0;
        }
        return links.stream().mapToInt(l -> l.left().length).sum() / (double) size;
    }

    /** An agency credit (a wire copyright line, an agency dateline or byline) marks wire text. */
    static double credit(Article a) {
        for (Segment s : a.segments()) {
            if (s.role() == Role.BODY || s.role().isSpillover()) {
                continue;
            }
            String t = s.text().toLowerCase(Locale.ROOT);
            for (String c : AGENCY_CREDITS) {
                if (t.contains(c)) {
                    return 0.3;
                }
            }
        }
        return 0;
    }

    private static double spillover(Article a) {
        double p = 0;
        for (Role r : List.of(Role.COMMENT, Role.RELATED_ARTICLE, Role.AD_ARTIFACT)) {
            if (a.segments().stream().anyMatch(s -> s.role() == r)) {
                p += 0.15;
            }
        }
        return p;
    }

    static List<String> readLexicon(String name) {
        return WordLists.read("/dev/syndiff/align/" + name).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
