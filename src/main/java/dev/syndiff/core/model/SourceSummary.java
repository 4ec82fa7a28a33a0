package dev.syndiff.core.model;

import java.util.List;

/** What the comparison found about a copy as a whole. */
public record SourceSummary(String id, String file, String encoding, String language, int chars,
                            boolean sameStory, boolean machineTranslated,
                            List<String> notes, List<String> warnings) {
    public SourceSummary {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }
}
