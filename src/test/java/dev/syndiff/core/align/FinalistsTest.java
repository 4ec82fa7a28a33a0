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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Aligning only the four finalists picks the copy that aligning all eight sampled candidates picks. */
class FinalistsTest {
    @Test
    void sameReferenceAsAllCandidatesOnGeneratedAndMixedBundles() throws IOException {
        List<List<Source>> bundles = new ArrayList<>();
        int seed = 1;
        for (String from : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            List<String> seeds = texts(Path.of(from));
            for (int copies : new int[] {8, 12, 20}) {
                List<Source> b = new ArrayList<>();
                for (GeneratedCopy c : new BundleGenerator().generate(seeds, new GeneratorSpec(copies, 600, seed++))) {
                    b.add(new Source(c.fileName(), c.fileName(), c.text(), "UTF-8", List.of()));
                }
                bundles.add(b);
            }
        }
        List<Source> mixed = new ArrayList<>(); // two stories in one folder, and a sample twice over
        for (String from : List.of("samples/macron-putin-2022", "samples/harbour-strike", "samples/macron-putin-2022")) {
            for (Source s : new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of(from))).sources()) {
                mixed.add(new Source(s.id() + "_" + mixed.size(), s.file(), s.text(), s.encoding(), List.of()));
            }
        }
        bundles.add(mixed);
        for (List<Source> sources : bundles) {
            List<Article> articles = sources.stream().map(new Segmenter()::segment).toList();
            Map<String, String> langs = new HashMap<>();
            articles.forEach(a -> langs.put(a.id(), "en"));
            Vocabulary vocabulary = new Vocabulary();
            BundleAligner.PairAligner pairs = new BundleAligner.PairAligner(vocabulary,
                    ProfileBuilder.build(articles, langs, vocabulary), langs);
            ReferenceChooser chooser = new ReferenceChooser(pairs);
            assertThat(chooser.choose(articles, true)).as(sources.get(0).id()).isEqualTo(chooser.choose(articles, false));
        }
    }

    private static List<String> texts(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                out.add(Files.readString(f));
            }
        }
        return out;
    }
}
