package dev.syndiff.core.align;

import dev.syndiff.core.text.WordToken;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Similarity across languages, where words cannot be compared: shared fact anchors (numbers and
 * names that both documents contain) and sentence lengths scaled by the documents' length ratio.
 */
public final class CrossLanguageSimilarity implements Similarity {
    public static final AlignParams PARAMS = new AlignParams(0.28, 0.6, 0.8);
    private final Set<String> leftAnchors;
    private final Set<String> rightAnchors;
    private final double lengthRatio;

    public CrossLanguageSimilarity(List<SentenceProfile> left, List<SentenceProfile> right) {
        leftAnchors = anchorsOf(left);
        rightAnchors = anchorsOf(right);
        double l = left.stream().mapToInt(SentenceProfile::length).sum();
        double r = right.stream().mapToInt(SentenceProfile::length).sum();
        lengthRatio = l == 0 || r == 0 ? 1 : r / l;
    }

    @Override
    public double score(List<SentenceProfile> a, List<SentenceProfile> b) {
        Set<String> x = anchorsOf(a);
        x.retainAll(rightAnchors);
        Set<String> y = anchorsOf(b);
        y.retainAll(leftAnchors);
        int la = a.stream().mapToInt(SentenceProfile::length).sum();
        int lb = b.stream().mapToInt(SentenceProfile::length).sum();
        double length = Math.exp(-2.5 * Math.abs(Math.log((lb + 10.0) / (la * lengthRatio + 10.0))));
        if (x.isEmpty() && y.isEmpty()) {
            return 0.45 * length;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        double anchors = 2.0 * shared.size() / (x.size() + y.size());
        return 0.65 * anchors + 0.35 * length;
    }

    private static Set<String> anchorsOf(List<SentenceProfile> group) {
        Set<String> out = new HashSet<>();
        for (SentenceProfile p : group) {
            List<WordToken> words = p.words();
            for (int i = 0; i < words.size(); i++) {
                WordToken w = words.get(i);
                if (w.isNumber()) {
                    out.add("#" + w.norm());
                } else if (i > 0 && w.isCapitalized() && w.norm().length() >= 3) {
                    out.add(w.norm());
                }
            }
        }
        return out;
    }
}
