package dev.syndiff.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.segment.Segmenter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A huge copy costs work in proportion to its length, not to the square of it. */
class LongCopyBoundTest {
    private static final int SENTENCES = 20_000;

    private static String copy(int shift) {
        StringBuilder b = new StringBuilder("Minutes of the harbour board\n\n");
        for (int i = 0; i < SENTENCES; i++) {
            int k = i + shift;
            b.append("Item ").append(k).append(" on the agenda concerned berth ").append(k % 97)
                    .append(" and the board member ").append((char) ('A' + k % 26)).append(" spoke about tariff ")
                    .append(k * 7 % 1000).append(".").append(i % 5 == 4 ? "\n\n" : " ");
        }
        return b.toString();
    }

    @Test
    void aligningTwentyThousandSentencesStaysInsideTheBand() {
        Segmenter segmenter = new Segmenter();
        List<Article> articles = List.of(
                segmenter.segment(new Source("a", "a.txt", copy(0), "UTF-8", List.of())),
                segmenter.segment(new Source("b", "b.txt", copy(3), "UTF-8", List.of())));
        Vocabulary vocabulary = new Vocabulary();
        var profiles = ProfileBuilder.build(articles, Map.of("a", "en", "b", "en"), vocabulary);
        SentenceAligner aligner = new SentenceAligner(new LexicalSimilarity(vocabulary), AlignParams.LEXICAL);
        List<Link> links = aligner.align(profiles.get("a"), profiles.get("b"));
        long n = profiles.get("a").size();
        assertThat(n).isGreaterThanOrEqualTo(SENTENCES);
        // the full matrix would be n * n = 400 million pairs; the band keeps it to a few hundred a row
        assertThat(aligner.cellsScored()).isLessThan(n * 300);
        assertThat(links.size()).isGreaterThan((int) (0.9 * n));
    }
}
