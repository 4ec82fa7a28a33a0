package dev.syndiff.core.model;

import java.util.List;

/**
 * One copy of the story as loaded: its decoded text (BOM removed, nothing else changed)
 * and what the loader noticed about it. Every offset in a report points into {@code text}.
 *
 * @param id       the file name without extension, unique within a bundle
 * @param file     the file name as found in the bundle (relative path for nested files)
 * @param encoding the charset the bytes were decoded with, as a Java charset name
 * @param warnings what a person should know about this file (decoding trouble and the like)
 */
public record Source(String id, String file, String text, String encoding, List<String> warnings) {
    public Source {
        warnings = List.copyOf(warnings);
    }

    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }
}
