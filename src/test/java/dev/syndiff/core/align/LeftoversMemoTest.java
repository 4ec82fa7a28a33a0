package dev.syndiff.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.bench.BundleGenerator;
import dev.syndiff.bench.GeneratedCopy;
import dev.syndiff.bench.GeneratorSpec;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The secondary reference chosen with each copy's leftovers found once is the one chosen finding them at every use. */
class LeftoversMemoTest {
    @Test
    void sameSecondaryBothWaysForEveryReference() throws IOException {
        List<List<Article>> bundles = new ArrayList<>();
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            bundles.add(articles(new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of(dir))).sources()));
        }
        for (int seed = 1; seed <= 3; seed++) {
            List<String> seeds = new ArrayList<>();
            try (var files = Files.list(Path.of(seed == 2 ? "samples/harbour-strike" : "samples/macron-putin-2022"))) {
                for (Path f : files.sorted().toList()) {
                    seeds.add(Files.readString(f));
                }
            }
            List<Source> sources = new ArrayList<>();
            for (GeneratedCopy c : new BundleGenerator().generate(seeds, new GeneratorSpec(14, 600, seed))) {
                sources.add(new Source(c.fileName(), c.fileName(), c.text(), "UTF-8", List.of()));
            }
            bundles.add(articles(sources));
        }
        int chosen = 0;
        for (List<Article> articles : bundles) {
            Map<String, String> langs = new HashMap<>();
            List<String> order = articles.stream().map(Article::id).toList();
            for (String ref : order.subList(0, Math.min(4, order.size()))) {
                String[] picks = new String[2];
                for (int way = 0; way < 2; way++) {
                    Vocabulary vocabulary = new Vocabulary();
                    Map<String, List<SentenceProfile>> profiles = ProfileBuilder.build(articles, langs, vocabulary);
                    BundleAligner.PairAligner pairs = new BundleAligner.PairAligner(vocabulary, profiles, langs);
                    Map<String, List<Link>> refLinks = new LinkedHashMap<>();
                    Map<String, Boolean> sameStory = new HashMap<>();
                    for (String id : order) {
                        sameStory.put(id, true);
                        if (!id.equals(ref)) {
                            refLinks.put(id, pairs.align(ref, id));
                        }
                    }
                    picks[way] = new SecondaryChooser(pairs, profiles).choose(order, ref, sameStory, refLinks, way == 0);
                }
                assertThat(picks[0]).isEqualTo(picks[1]);
                chosen += picks[0] != null ? 1 : 0;
            }
        }
        assertThat(chosen).isGreaterThan(8);
    }

    private static List<Article> articles(List<Source> sources) {
        return sources.stream().map(new Segmenter()::segment).toList();
    }
}
