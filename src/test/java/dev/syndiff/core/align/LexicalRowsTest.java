package dev.syndiff.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.lang.LanguageGuess;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.segment.Segmenter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The speed-ups of the sentence alignment change no result: the indexed row scores and the
 * merges over cached unions equal the plain scores bit for bit, and reusing the reference
 * choice's alignments gives the same rows as aligning against the same reference from scratch.
 */
class LexicalRowsTest {
    private static List<Article> articles(String dir) {
        Bundle b = new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of(dir)));
        Segmenter segmenter = new Segmenter();
        return b.sources().stream().map(segmenter::segment).toList();
    }

    private static Map<String, String> languages(List<Article> articles) {
        LanguageGuess guess = new LanguageGuess();
        Map<String, String> out = new LinkedHashMap<>();
        for (Article a : articles) {
            out.put(a.id(), guess.guess(a.bodySentences().stream().map(s -> s.text()).collect(Collectors.joining("\n"))));
        }
        return out;
    }

    @Test
    void rowScoresEqualTheMergeScoresBitForBit() {
        List<Article> articles = articles("samples/harbour-strike");
        Vocabulary vocabulary = new Vocabulary();
        Map<String, List<SentenceProfile>> profiles = ProfileBuilder.build(articles, languages(articles), vocabulary);
        LexicalSimilarity lexical = new LexicalSimilarity(vocabulary);
        int compared = 0;
        int nonZero = 0;
        for (List<SentenceProfile> left : profiles.values()) {
            for (List<SentenceProfile> right : profiles.values()) {
                Similarity.PairScores rows = lexical.pairs(left, right);
                // rows out of order too: the scorer must refill a row it has left
                for (int i = left.size() - 1; i >= 0; i -= 2) {
                    for (int j = 0; j < right.size(); j++) {
                        double expected = lexical.score(left.get(i), right.get(j));
                        assertThat(Double.doubleToLongBits(rows.score(i, j))).as("%d,%d", i, j)
                                .isEqualTo(Double.doubleToLongBits(expected));
                        compared++;
                        nonZero += expected > 0 ? 1 : 0;
                        if (j + 1 < right.size()) {
                            assertThat(Double.doubleToLongBits(rows.oneTwo(i, j))).isEqualTo(Double.doubleToLongBits(
                                    lexical.score(List.of(left.get(i)), List.of(right.get(j), right.get(j + 1)))));
                        }
                        if (i + 1 < left.size()) {
                            assertThat(Double.doubleToLongBits(rows.twoOne(i, j))).isEqualTo(Double.doubleToLongBits(
                                    lexical.score(List.of(left.get(i), left.get(i + 1)), List.of(right.get(j)))));
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(5_000);
        assertThat(nonZero).isGreaterThan(1_000);
    }

    @Test
    void reusedChoiceAlignmentsGiveTheRowsOfAFreshAlignment() {
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            List<Article> articles = articles(dir);
            Map<String, String> langs = languages(articles);
            Alignment chosen = new BundleAligner().align(articles, langs, null);
            Alignment given = new BundleAligner().align(articles, langs, chosen.reference());
            assertThat(given.secondary()).isEqualTo(chosen.secondary());
            assertThat(given.sameStory()).isEqualTo(chosen.sameStory());
            assertThat(given.linkedShare()).isEqualTo(chosen.linkedShare());
            assertThat(shape(given)).isEqualTo(shape(chosen)).hasSizeGreaterThan(20);
        }
    }

    /** Each row as its counterpart and, per source, the indices of its sentences. */
    private static List<String> shape(Alignment a) {
        return a.rows().stream().map(r -> r.counterpart() + " " + new java.util.TreeMap<>(r.cells()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(p -> p.sentence().index()).toList())
                .collect(Collectors.joining(" "))).toList();
    }
}
