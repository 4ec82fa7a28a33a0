package dev.syndiff.core.align;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The alignment as a picture, one line per row and one column per copy, naming each cell's
 * sentences by index ("3+4" for a split): tests compare such pictures, so a failure reads
 * like the alignment itself.
 */
public final class AlignmentTable {
    private final Alignment alignment;

    public AlignmentTable(Alignment alignment) {
        this.alignment = alignment;
    }

    public String toAscii() {
        List<String> sources = alignment.sources();
        List<List<String>> lines = new ArrayList<>();
        lines.add(sources);
        for (AlignedRow row : alignment.rows()) {
            List<String> line = new ArrayList<>();
            for (String s : sources) {
                List<SentenceProfile> cell = row.cell(s);
                line.add(cell.isEmpty() ? "-" : cell.stream().map(p -> String.valueOf(indexInBody(s, p)))
                        .collect(Collectors.joining("+")));
            }
            lines.add(line);
        }
        int[] width = new int[sources.size()];
        for (List<String> line : lines) {
            for (int c = 0; c < line.size(); c++) {
                width[c] = Math.max(width[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int c = 0; c < line.size(); c++) {
                out.append(c == 0 ? "| " : " | ").append(String.format("%-" + width[c] + "s", line.get(c)));
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    private int indexInBody(String source, SentenceProfile p) {
        return alignment.profiles().get(source).indexOf(p);
    }
}
