package dev.syndiff.core.align;

import dev.syndiff.core.lang.Anchor;
import dev.syndiff.core.lang.CrossLingualProfile;
import dev.syndiff.core.lang.CrossLingualSimilarity;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Similarity across languages, where words cannot be compared: fact anchors (numbers, dates,
 * names), words a translator leaves unchanged and sentence lengths, from core.lang.
 */
public final class CrossLanguageSimilarity implements Similarity {
    public static final AlignParams PARAMS = new AlignParams(0.2, 0.45, 0.7, 0.0, 1);
    private static final Set<Anchor.Kind> FACTS = EnumSet.of(Anchor.Kind.NUMBER, Anchor.Kind.PERCENT,
            Anchor.Kind.YEAR, Anchor.Kind.DATE, Anchor.Kind.TIME);
    private final Map<List<SentenceProfile>, CrossLingualProfile> cache = new ConcurrentHashMap<>();
    private final CrossProfiles profiles;

    public CrossLanguageSimilarity() {
        this(new CrossProfiles());
    }

    /** Profiling each group's text through the run's {@code profiles}. */
    public CrossLanguageSimilarity(CrossProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public double score(List<SentenceProfile> a, List<SentenceProfile> b) {
        return CrossLingualSimilarity.score(profile(a), profile(b));
    }

    /**
     * The share of the whole's facts (numbers, dates, times) beyond the matched part that the part
     * holds: a split-off half of a translated sentence carries the rest of its facts. A fact of
     * the same kind with another value counts half, so a half whose number was changed in
     * translation still joins its row (and the change is then reported).
     */
    @Override
    public double residualCoverage(SentenceProfile part, List<SentenceProfile> whole, SentenceProfile matched) {
        Set<String> seen = keys(profile(List.of(matched)));
        List<Anchor> residual = profile(whole).anchors().stream()
                .filter(a -> FACTS.contains(a.kind()) && !seen.contains(a.key())).toList();
        if (residual.isEmpty()) {
            return 0;
        }
        List<Anchor> mine = profile(List.of(part)).anchors().stream().filter(a -> FACTS.contains(a.kind())).toList();
        Set<String> myKeys = new HashSet<>();
        Set<Anchor.Kind> myKinds = new HashSet<>();
        mine.forEach(a -> {
            myKeys.add(a.key());
            myKinds.add(a.kind());
        });
        double covered = 0;
        for (Anchor a : residual) {
            covered += myKeys.contains(a.key()) ? 1 : myKinds.contains(a.kind()) ? 0.5 : 0;
        }
        return covered / residual.size();
    }

    private static Set<String> keys(CrossLingualProfile p) {
        Set<String> out = new HashSet<>();
        p.anchors().forEach(a -> out.add(a.key()));
        return out;
    }

    private CrossLingualProfile profile(List<SentenceProfile> group) {
        return cache.computeIfAbsent(group, g -> profiles.of(
                g.stream().map(p -> p.sentence().text()).collect(Collectors.joining(" ")), g.get(0).language()));
    }
}
