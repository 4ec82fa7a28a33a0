package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.bench.BundleGenerator;
import dev.syndiff.bench.GeneratedCopy;
import dev.syndiff.bench.GeneratorSpec;
import dev.syndiff.core.align.BundleAligner;
import dev.syndiff.core.lang.LanguageGuess;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AlteredQuoteRule skips the speaker check for mirrored pairs: there it finds no other speaker. */
class MirroredPairTest {
    @TempDir
    Path tmp;

    @Test
    void mirroredPairsNameTheSamePeopleAndNoOtherSpeaker() throws IOException {
        List<GeneratedCopy> made = new BundleGenerator().generate(texts(Path.of("samples/macron-putin-2022")),
                new GeneratorSpec(12, 800, 5));
        for (GeneratedCopy c : made) {
            Files.writeString(tmp.resolve(c.fileName()), c.text());
        }
        int mirrored = 0;
        int plain = 0;
        for (ClassifyContext ctx : List.of(context(Path.of("samples/macron-putin-2022"), null),
                context(Path.of("samples/harbour-strike"), "00_wire"), context(tmp, null))) {
            for (PairView p : ctx.pairs()) {
                if (!p.mirrored()) {
                    plain++;
                    continue;
                }
                mirrored++;
                assertThat(Attribution.names(p.b(), p, false)).isEqualTo(Attribution.names(p.a(), p, true));
                assertThat(AlteredQuoteRule.otherSpeaker(p)).isNull();
                assertThat(p.edits()).isEmpty();
            }
        }
        assertThat(mirrored).isGreaterThan(100);
        assertThat(plain).isGreaterThan(100);
    }

    @Test
    void quotesAtOtherPlacesOrOtherWordsAreNotMirrored() {
        ClassifyContext ctx = context(Path.of("samples/macron-putin-2022"), null);
        for (PairView p : ctx.pairs()) {
            if (!p.a().stream().map(w -> w.text()).toList().equals(p.b().stream().map(w -> w.text()).toList())) {
                assertThat(p.mirrored()).isFalse();
            }
            if (p.aQuotes().size() != p.bQuotes().size()) {
                assertThat(p.mirrored()).isFalse();
            }
        }
    }

    private static ClassifyContext context(Path dir, String reference) {
        Segmenter segmenter = new Segmenter();
        List<Article> articles = new BundleLoader(LoadLimits.defaults(), false).load(List.of(dir)).sources().stream()
                .map(segmenter::segment).toList();
        Map<String, String> langs = new LinkedHashMap<>();
        for (Article a : articles) {
            langs.put(a.id(), new LanguageGuess().guess(a.bodySentences().stream().map(s -> s.text()).collect(Collectors.joining("\n"))));
        }
        List<Article> located = new ArrayList<>();
        for (Article a : articles) {
            located.add(segmenter.inLanguage(a, langs.get(a.id())));
        }
        return new ClassifyContext(located, new BundleAligner().align(located, langs, reference), langs);
    }

    private static List<String> texts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                out.add(Files.readString(f));
            }
            return out;
        }
    }
}
