package dev.syndiff.core.align;

import dev.syndiff.core.lang.CrossLingualProfile;
import dev.syndiff.core.lang.CrossLingualSimilarity;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Similarity across languages, where words cannot be compared: fact anchors (numbers, dates,
 * names), words a translator leaves unchanged and sentence lengths, from core.lang.
 */
public final class CrossLanguageSimilarity implements Similarity {
    public static final AlignParams PARAMS = new AlignParams(0.2, 0.45, 0.7, 0.0);
    private final Map<List<SentenceProfile>, CrossLingualProfile> cache = new ConcurrentHashMap<>();

    @Override
    public double score(List<SentenceProfile> a, List<SentenceProfile> b) {
        return CrossLingualSimilarity.score(profile(a), profile(b));
    }

    private CrossLingualProfile profile(List<SentenceProfile> group) {
        return cache.computeIfAbsent(group, g -> CrossLingualProfile.of(
                g.stream().map(p -> p.sentence().text()).collect(Collectors.joining(" ")), g.get(0).language()));
    }
}
