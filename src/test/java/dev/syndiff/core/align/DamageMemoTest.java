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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Damage signs remembered per shared stem-id array give each copy the share counted sentence by sentence. */
class DamageMemoTest {
    @Test
    void rememberedSignsEqualCountedOnes() throws IOException {
        List<Source> sources = new ArrayList<>();
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            sources.addAll(new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of(dir))).sources());
        }
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("samples/macron-putin-2022"))) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readString(f));
            }
        }
        for (GeneratedCopy c : new BundleGenerator().generate(seeds, new GeneratorSpec(20, 800, 4))) {
            sources.add(new Source(c.fileName(), c.fileName(), c.text(), "UTF-8", List.of()));
        }
        List<Article> articles = sources.stream().map(new Segmenter()::segment).toList();
        Map<String, List<SentenceProfile>> profiles = ProfileBuilder.build(articles, new HashMap<>(), new Vocabulary());
        Map<int[], Integer> memo = new IdentityHashMap<>();
        int damaged = 0;
        int sentences = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (List<SentenceProfile> p : profiles.values()) {
                double counted = DamageSigns.perSentence(p);
                assertThat(DamageSigns.perSentence(p, memo)).isEqualTo(counted);
                damaged += counted > 0 ? 1 : 0;
                sentences += p.size();
            }
        }
        assertThat(damaged).isGreaterThan(4);
        assertThat(memo.size()).isLessThan(sentences / 4); // copies share most sentences
    }
}
