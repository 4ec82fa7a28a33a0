package dev.syndiff.core.model;

import java.util.List;

/** What the loader made of a bundle: the usable copies, in name order, and the refusals. */
public record Bundle(String name, String path, List<Source> sources, List<LoadWarning> warnings) {
    public Bundle {
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }
}
