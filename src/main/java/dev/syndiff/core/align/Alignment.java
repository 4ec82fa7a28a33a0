package dev.syndiff.core.align;

import java.util.List;
import java.util.Map;

/**
 * The aligned bundle: rows in reading order, the reference and the secondary reference (the
 * counterpart for rows the reference lacks), and which copies tell the same story.
 *
 * @param linkedShare per copy, the share of its body sentences matched in another copy
 * @param crossProfiles the cross-language profiles the aligner made, for the classifier to reuse
 */
public record Alignment(List<String> sources, String reference, String secondary,
                        Map<String, Boolean> sameStory, Map<String, Double> linkedShare,
                        Map<String, List<SentenceProfile>> profiles, List<AlignedRow> rows,
                        CrossProfiles crossProfiles) {
    public Alignment(List<String> sources, String reference, String secondary, Map<String, Boolean> sameStory,
                     Map<String, Double> linkedShare, Map<String, List<SentenceProfile>> profiles, List<AlignedRow> rows) {
        this(sources, reference, secondary, sameStory, linkedShare, profiles, rows, new CrossProfiles());
    }
}
