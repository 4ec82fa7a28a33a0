package dev.syndiff.core.align;

import java.util.List;
import java.util.Map;

/**
 * A row of the N-way alignment before it is compared word by word: each source's sentences in
 * it (in document order) and the source the others are compared with.
 */
public record AlignedRow(Map<String, List<SentenceProfile>> cells, String counterpart) {
    public AlignedRow {
        cells = Map.copyOf(cells);
    }

    public List<SentenceProfile> cell(String source) {
        return cells.getOrDefault(source, List.of());
    }
}
