package dev.syndiff.core.model;

/**
 * One difference worth a person's attention, with a sentence of explanation they can check.
 *
 * @param counterpart the matching span in another copy, or null (spillover, added content)
 */
public record Finding(String id, FindingKind kind, String source, Span span, String text,
                      SpanRef counterpart, double confidence, String explanation) {
    public Finding {
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("a finding needs an explanation");
        }
    }

    public Finding withId(String newId) {
        return new Finding(newId, kind, source, span, text, counterpart, confidence, explanation);
    }
}
