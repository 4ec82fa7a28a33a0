package dev.syndiff.core.align;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.text.WordLists;
import java.util.ArrayList;
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
    private static final List<String> AGENCY_CREDITS = readLexicon("agency-credits.txt");
    private final BundleAligner.PairAligner pairs;

    ReferenceChooser(BundleAligner.PairAligner pairs) {
        this.pairs = pairs;
    }

    String choose(List<Article> articles) {
        List<Article> candidates = sample(articles);
        Map<String, Double> score = new HashMap<>();
        for (Article a : candidates) {
            score.put(a.id(), credit(a) - spillover(a) - 3.0 * DamageSigns.perSentence(pairs.profiles(a.id())));
        }
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
