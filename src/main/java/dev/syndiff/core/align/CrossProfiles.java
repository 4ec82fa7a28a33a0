package dev.syndiff.core.align;

import dev.syndiff.core.lang.Anchor;
import dev.syndiff.core.lang.CrossLingualProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cross-language profiles of one run, by language and text: the aligner's scorers profile a
 * translated copy's sentences, and the classifier's fact check reads the same sentences' anchors
 * again. Each answer is {@link CrossLingualProfile#of}'s. Thread-safe.
 */
public final class CrossProfiles {
    private final Map<String, Map<String, CrossLingualProfile>> byLanguage = new ConcurrentHashMap<>();

    public CrossLingualProfile of(String text, String lang) {
        return byLanguage.computeIfAbsent(lang, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(text, t -> CrossLingualProfile.of(t, lang));
    }

    /** The fact anchors of {@code text} (those of {@code FactAnchors.forLanguage(lang).extract(text)}). */
    public List<Anchor> anchors(String text, String lang) {
        return of(text, lang).anchors();
    }
}
