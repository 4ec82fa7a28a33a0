package dev.syndiff.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.segment.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A full matrix slotted by column alone gives the links of the old band as wide as the matrix, bit for bit. */
class CompactMatrixTest {
    @Test
    void compactRowsGiveTheLinksOfTheWideBand() {
        Segmenter segmenter = new Segmenter();
        List<Article> articles = new ArrayList<>();
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of(dir))).sources()
                    .forEach(src -> articles.add(segmenter.segment(src)));
        }
        Map<String, String> langs = new LinkedHashMap<>();
        articles.forEach(a -> langs.put(a.id(), "en"));
        Vocabulary vocabulary = new Vocabulary();
        Map<String, List<SentenceProfile>> profiles = ProfileBuilder.build(articles, langs, vocabulary);
        LexicalSimilarity lexical = new LexicalSimilarity(vocabulary);
        int links = 0;
        int merges = 0;
        int moved = 0;
        for (List<SentenceProfile> left : profiles.values()) {
            for (List<SentenceProfile> right : profiles.values()) {
                for (boolean skip : new boolean[] {true, false}) {
                    List<Link> compact = new SentenceAligner(lexical, AlignParams.LEXICAL, skip, true).align(left, right);
                    List<Link> wide = new SentenceAligner(lexical, AlignParams.LEXICAL, skip, false).align(left, right);
                    assertThat(describe(compact)).isEqualTo(describe(wide));
                    links += wide.size();
                    merges += (int) wide.stream().filter(l -> l.left().length + l.right().length > 2).count();
                    moved += (int) wide.stream().filter(Link::moved).count();
                }
            }
        }
        assertThat(links).isGreaterThan(1_000);
        assertThat(merges).isPositive();
        assertThat(moved).isPositive();
    }

    private static List<String> describe(List<Link> links) {
        return links.stream().map(l -> Arrays.toString(l.left()) + Arrays.toString(l.right())
                + Double.doubleToLongBits(l.similarity()) + l.moved()).toList();
    }
}
