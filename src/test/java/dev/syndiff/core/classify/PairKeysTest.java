package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.align.Alignment;
import dev.syndiff.core.align.BundleAligner;
import dev.syndiff.core.lang.LanguageGuess;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.segment.Segmenter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The word keys folded once per sentence give each pair the keys and edits it would compute itself. */
class PairKeysTest {
    @Test
    void cachedKeysAndEditsEqualTheDirectOnes() {
        List<Article> articles = new BundleLoader(LoadLimits.defaults(), false)
                .load(List.of(Path.of("samples/macron-putin-2022"))).sources().stream().map(new Segmenter()::segment).toList();
        Map<String, String> langs = new LinkedHashMap<>();
        for (Article a : articles) {
            langs.put(a.id(), new LanguageGuess().guess(a.bodySentences().stream().map(s -> s.text()).collect(Collectors.joining("\n"))));
        }
        Alignment alignment = new BundleAligner().align(articles, langs, null);
        ClassifyContext ctx = new ClassifyContext(articles, alignment, langs);
        int edits = 0;
        for (PairView p : ctx.pairs()) {
            assertThat(p.aKeys()).isEqualTo(p.a().stream().map(WordDiff::key).toList());
            assertThat(p.bKeys()).isEqualTo(p.b().stream().map(WordDiff::key).toList());
            if (p.sameLanguage()) {
                assertThat(p.edits()).isEqualTo(WordDiff.diff(p.a(), p.b()));
                edits += p.edits().size();
            }
        }
        assertThat(ctx.pairs().size()).isGreaterThan(30);
        assertThat(edits).isGreaterThan(50);
    }
}
