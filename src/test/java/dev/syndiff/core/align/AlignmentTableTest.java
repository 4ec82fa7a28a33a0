package dev.syndiff.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.segment.Segmenter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AlignmentTableTest {
    private static final String[] WIRE = {
        "The city council of Lindenport voted on Tuesday to close the old ferry terminal by next spring.",
        "Mayor Ilse Varga said the decision would save the harbour authority about 2 million crowns a year.",
        "Ferry operators warned that passengers from the northern islands would face journeys twice as long.",
        "The terminal opened in 1962 and has not been renovated since a fire damaged its roof in 1987.",
        "A new terminal on the eastern pier is planned, but construction has not yet been funded.",
        "Opposition councillors called the vote rushed and demanded a public hearing before any demolition.",
    };

    private static Alignment align(Map<String, String> texts) {
        Segmenter segmenter = new Segmenter();
        List<Article> articles = texts.entrySet().stream()
                .map(e -> segmenter.segment(new Source(e.getKey(), e.getKey() + ".txt", e.getValue(), "UTF-8", List.of())))
                .toList();
        Map<String, String> langs = articles.stream().collect(Collectors.toMap(Article::id, a -> "en"));
        return new BundleAligner().align(articles, langs, "ref");
    }

    private static String paragraphs(String... sentences) {
        return String.join("\n\n", sentences) + "\n";
    }

    @Test
    void identicalCopyLinesUpRowByRow() {
        var texts = new java.util.LinkedHashMap<String, String>();
        texts.put("ref", paragraphs(WIRE));
        texts.put("copy", paragraphs(WIRE));
        String table = new AlignmentTable(align(texts)).toAscii();
        assertThat(table).isEqualTo("""
                | ref | copy |
                | 0   | 0    |
                | 1   | 1    |
                | 2   | 2    |
                | 3   | 3    |
                | 4   | 4    |
                | 5   | 5    |
                """);
    }

    @Test
    void splitJoinMoveAndOmissionEachFindTheirRow() {
        var texts = new java.util.LinkedHashMap<String, String>();
        texts.put("ref", paragraphs(WIRE));
        // sentence 1 split in two
        texts.put("split", paragraphs(WIRE[0],
                "Mayor Ilse Varga said the decision would save money.",
                "The harbour authority would keep about 2 million crowns a year, she said.",
                WIRE[2], WIRE[3], WIRE[4], WIRE[5]));
        // sentences 3 and 4 joined
        texts.put("join", paragraphs(WIRE[0], WIRE[1], WIRE[2],
                "The terminal opened in 1962 and has not been renovated since a fire damaged its roof in 1987, "
                        + "and a new terminal on the eastern pier is planned, but construction has not yet been funded.",
                WIRE[5]));
        // sentence 5 moved to the front, sentence 2 omitted
        texts.put("moved", paragraphs(WIRE[5], WIRE[0], WIRE[1], WIRE[3], WIRE[4]));
        String table = new AlignmentTable(align(texts)).toAscii();
        assertThat(table).isEqualTo("""
                | ref | split | join | moved |
                | 0   | 0     | 0    | 1     |
                | 1   | 1+2   | 1    | 2     |
                | 2   | 3     | 2    | -     |
                | 3+4 | 4+5   | 3    | 3+4   |
                | 5   | 6     | 4    | 0     |
                """);
    }
}
