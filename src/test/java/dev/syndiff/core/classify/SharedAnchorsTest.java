package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.align.BundleAligner;
import dev.syndiff.core.align.CrossProfiles;
import dev.syndiff.core.lang.FactAnchors;
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

/** The translated-facts check reads the anchors the aligner found; they are the ones it would extract itself. */
class SharedAnchorsTest {
    @Test
    void factsFromTheAlignersProfilesEqualFreshOnes() {
        Segmenter segmenter = new Segmenter();
        List<Article> articles = new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of("samples/harbour-strike")))
                .sources().stream().map(segmenter::segment).toList();
        Map<String, String> langs = new LinkedHashMap<>();
        for (Article a : articles) {
            langs.put(a.id(), new LanguageGuess().guess(a.bodySentences().stream().map(s -> s.text()).collect(Collectors.joining("\n"))));
        }
        ClassifyContext ctx = new ClassifyContext(articles, new BundleAligner().align(articles, langs, "00_wire"), langs);
        int facts = 0;
        int pairs = 0;
        for (PairView p : ctx.pairs()) {
            if (p.sameLanguage()) {
                continue;
            }
            pairs++;
            for (var side : List.of(List.of(p.aSource(), p.aText(), p.aCell()), List.of(p.bSource(), p.bText(), p.bCell()))) {
                String source = (String) side.get(0);
                String text = (String) side.get(1);
                @SuppressWarnings("unchecked")
                List<dev.syndiff.core.align.SentenceProfile> cell = (List<dev.syndiff.core.align.SentenceProfile>) side.get(2);
                List<TranslatedFacts.Fact> fresh = new java.util.ArrayList<>();
                for (var s : cell) {
                    fresh.addAll(TranslatedFacts.of(text, s.sentence().span(), ctx.language(source)));
                }
                assertThat(TranslatedFactsRule.facts(ctx, source, text, cell)).isEqualTo(fresh);
                facts += fresh.size();
            }
        }
        assertThat(pairs).isGreaterThan(10);
        assertThat(facts).isGreaterThan(20);
    }

    @Test
    void memoAnchorsEqualTheExtractorsOnSentencesInSeveralLanguages() {
        CrossProfiles memo = new CrossProfiles();
        List<List<String>> cases = List.of(List.of("de", "Am 4. März streikten 1.200 Hafenarbeiter in Port Veyra, sagte Anna Schmidt um 14:30 Uhr."),
                List.of("en", "On March 4, 1,200 dockers struck, Anna Smith said at 2.30pm on Tuesday."),
                List.of("fr", "Le 4 mars, 1 200 dockers ont fait grève, a déclaré Anne Martin mardi."),
                List.of("und", "12 + 3 = 15"));
        for (int pass = 0; pass < 2; pass++) {
            for (List<String> c : cases) {
                assertThat(memo.anchors(c.get(1), c.get(0))).isEqualTo(FactAnchors.forLanguage(c.get(0)).extract(c.get(1)));
            }
        }
        assertThat(memo.of(cases.get(0).get(1), "de")).isSameAs(memo.of(cases.get(0).get(1), "de"));
    }
}
