package dev.syndiff.core.align;

import dev.syndiff.core.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns every copy of a bundle against the reference, then the sentences the reference lacks
 * against the secondary reference, then what is left among the copies, and orders the rows.
 */
public final class BundleAligner {
    /** Below this share of sentences matched anywhere, a copy tells another story. */
    static final double SAME_STORY_SHARE = 0.2;

    public Alignment align(List<Article> articles, Map<String, String> languages, String reference) {
        Vocabulary vocabulary = new Vocabulary();
        Map<String, List<SentenceProfile>> profiles = ProfileBuilder.build(articles, languages, vocabulary);
        PairAligner pairs = new PairAligner(vocabulary, profiles, languages);
        List<String> order = articles.stream().map(Article::id).toList();
        String ref = reference != null ? reference : new ReferenceChooser(pairs).choose(articles);

        Map<String, List<Link>> refLinks = new LinkedHashMap<>();
        Map<String, Double> share = new LinkedHashMap<>();
        for (String id : order) {
            if (!id.equals(ref)) {
                List<Link> links = pairs.align(ref, id);
                refLinks.put(id, links);
                share.put(id, rightShare(links, Math.min(profiles.get(id).size(), profiles.get(ref).size())));
            }
        }
        Map<String, Boolean> sameStory = sameStory(order, ref, share, pairs, profiles);
        String secondary = new SecondaryChooser(pairs, profiles).choose(order, ref, sameStory, refLinks);
        RowAssembler rows = new RowAssembler(order, profiles, ref, secondary, pairs);
        rows.addReferenceRows(refLinks);
        rows.addSecondaryRows(sameStory);
        rows.addRemaining(sameStory);
        return new Alignment(order, ref, secondary, sameStory, share, profiles, rows.ordered(), pairs.crossProfiles);
    }

    private static Map<String, Boolean> sameStory(List<String> order, String ref, Map<String, Double> share,
                                                  PairAligner pairs, Map<String, List<SentenceProfile>> profiles) {
        Map<String, Boolean> out = new HashMap<>();
        out.put(ref, true);
        for (String id : order) {
            if (!id.equals(ref)) {
                out.put(id, share.get(id) >= SAME_STORY_SHARE || profiles.get(id).isEmpty());
            }
        }
        // a copy far from the reference may still share the story with other copies (a later version)
        for (String id : order) {
            if (out.get(id)) {
                continue;
            }
            int checked = 0;
            for (String other : order) {
                if (other.equals(id) || other.equals(ref) || !out.get(other) || share.get(other) < 0.5 || checked++ >= 5) {
                    continue;
                }
                int smaller = Math.min(profiles.get(id).size(), profiles.get(other).size());
                if (rightShare(pairs.align(other, id), smaller) >= 2 * SAME_STORY_SHARE) {
                    out.put(id, true);
                    break;
                }
            }
        }
        return out;
    }

    static double rightShare(List<Link> links, int size) {
        if (size == 0) {
            return 0;
        }
        int n = 0;
        for (Link l : links) {
            n += l.right().length;
        }
        return Math.min(1.0, (double) n / size);
    }

    /**
     * Aligns the body sentences of two sources with the similarity fitting their languages. An
     * alignment of two whole copies is kept, so the reference choice's alignments of the chosen
     * copy serve the bundle alignment too instead of being computed twice.
     */
    static final class PairAligner {
        private final Vocabulary vocabulary;
        private final Map<String, List<SentenceProfile>> profiles;
        private final Map<String, String> languages;
        private final Map<List<String>, List<Link>> whole = new HashMap<>();
        /** One scorer for the bundle: the reference's scores against a repeated sentence are reused. */
        private final LexicalSimilarity lexical;
        /** The run's cross-language profiles, shared by every cross-language scorer and the classifier. */
        final CrossProfiles crossProfiles = new CrossProfiles();
        /** Each sentence's damage signs by stem-id array, for both choosers (one thread). */
        final Map<int[], Integer> damage = new java.util.IdentityHashMap<>();

        PairAligner(Vocabulary vocabulary, Map<String, List<SentenceProfile>> profiles, Map<String, String> languages) {
            this.vocabulary = vocabulary;
            this.profiles = profiles;
            this.languages = languages;
            this.lexical = new LexicalSimilarity(vocabulary, true);
        }

        List<Link> align(String left, String right) {
            return align(left, profiles.get(left), right, profiles.get(right));
        }

        List<Link> align(String left, List<SentenceProfile> l, String right, List<SentenceProfile> r) {
            if (l != profiles.get(left) || r != profiles.get(right)) {
                return aligner(left, right).align(l, r);
            }
            return whole.computeIfAbsent(List.of(left, right), k -> List.copyOf(aligner(left, right).align(l, r)));
        }

        SentenceAligner aligner(String left, String right) {
            if (sameLanguage(left, right)) {
                return new SentenceAligner(lexical, AlignParams.LEXICAL);
            }
            return new SentenceAligner(new CrossLanguageSimilarity(crossProfiles), CrossLanguageSimilarity.PARAMS);
        }

        Similarity similarity(String left, String right) {
            return sameLanguage(left, right) ? lexical
                    : new CrossLanguageSimilarity(crossProfiles);
        }

        boolean sameLanguage(String a, String b) {
            String la = languages.getOrDefault(a, "und");
            String lb = languages.getOrDefault(b, "und");
            return la.equals(lb) || la.equals("und") || lb.equals("und");
        }

        List<SentenceProfile> profiles(String id) {
            return profiles.get(id);
        }
    }

    static List<Integer> indices(int size) {
        List<Integer> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(i);
        }
        return out;
    }
}
