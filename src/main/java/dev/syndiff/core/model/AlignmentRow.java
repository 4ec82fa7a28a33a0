package dev.syndiff.core.model;

import java.util.List;
import java.util.Map;

/**
 * One row of the N-way alignment: for each copy the sentence ids it contributes (0 to 3),
 * each copy's relation to the row's counterpart cell, and the word edits inside the row.
 *
 * @param counterpart the source whose cell the others are compared with (the reference, or
 *                    the secondary reference where the reference has no sentence here)
 */
public record AlignmentRow(int row, Relation relation, double similarity, String counterpart,
                           Map<String, List<String>> cells, Map<String, Relation> relations,
                           List<WordEdit> edits) {
    public AlignmentRow {
        cells = Map.copyOf(cells);
        relations = Map.copyOf(relations);
        edits = List.copyOf(edits);
    }
}
