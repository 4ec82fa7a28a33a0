package dev.syndiff.core.align;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of the N-way alignment before it is compared word by word: each source's sentences in
 * it (in document order) and the source the others are compared with.
 */
public record AlignedRow(Map<String, List<SentenceProfile>> cells, String counterpart) {
    public AlignedRow {
        // keeps the copies' order: Map.copyOf iterates in an order that changes from run to run,
        // which made the order of a row's word edits in the report vary between identical runs
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public List<SentenceProfile> cell(String source) {
        return cells.getOrDefault(source, List.of());
    }
}
