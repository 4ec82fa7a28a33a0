package dev.syndiff.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.bench.BundleGenerator;
import dev.syndiff.bench.GeneratedCopy;
import dev.syndiff.bench.GeneratorSpec;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profiles' words, with only the ads overlapping each sentence checked, are the story words of every sentence. */
class NearAdsTest {
    @Test
    void profileWordsAreTheStoryWordsWithAllAdsChecked() throws IOException {
        List<Source> sources = new ArrayList<>();
        for (String dir : List.of("samples/macron-putin-2022", "samples/harbour-strike")) {
            sources.addAll(new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of(dir))).sources());
        }
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("samples/harbour-strike"))) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readString(f));
            }
        }
        for (GeneratedCopy c : new BundleGenerator().generate(seeds, new GeneratorSpec(15, 800, 3))) {
            sources.add(new Source(c.fileName(), c.fileName(), c.text(), "UTF-8", List.of()));
        }
        List<Article> articles = sources.stream().map(new Segmenter()::segment).toList();
        Map<String, String> langs = new HashMap<>();
        Map<String, List<SentenceProfile>> profiles = ProfileBuilder.build(articles, langs, new Vocabulary());
        int withAds = 0;
        int sentences = 0;
        for (Article a : articles) {
            List<Segment> ads = a.segments().stream().filter(s -> s.role() == Role.AD_ARTIFACT).toList();
            List<Sentence> body = a.bodySentences();
            for (int i = 0; i < body.size(); i++) {
                assertThat(profiles.get(a.id()).get(i).words())
                        .isEqualTo(ProfileBuilder.storyWords(a.source().text(), body.get(i), ads));
                withAds += ads.isEmpty() ? 0 : 1;
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(300);
        assertThat(withAds).isGreaterThan(20);
    }
}
