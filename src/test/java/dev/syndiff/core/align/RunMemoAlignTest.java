package dev.syndiff.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.segment.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The alignment's per-run memos change no number: profiles built through the sentence memo equal
 * those of tokenising every sentence afresh (words, stem ids, weights), and the reference's
 * remembered columns give every score of {@link LexicalRows} bit for bit.
 */
class RunMemoAlignTest {
    /** The sample's copies plus verbatim republications of two of them, and one with an edited sentence. */
    private static List<Article> articles() {
        List<Source> sources = new ArrayList<>(new BundleLoader(LoadLimits.defaults(), false)
                .load(List.of(Path.of("samples/macron-putin-2022"))).sources());
        Source first = sources.get(0);
        Source second = sources.get(1);
        sources.add(new Source("dup_a", "dup_a.txt", first.text(), "UTF-8", List.of()));
        sources.add(new Source("dup_b", "dup_b.txt", second.text(), "UTF-8", List.of()));
        int cut = first.text().indexOf(". ", first.text().length() / 2);
        String edited = first.text().substring(0, cut) + ", officials said on Friday" + first.text().substring(cut);
        sources.add(new Source("edited", "edited.txt", edited, "UTF-8", List.of()));
        Segmenter segmenter = new Segmenter();
        return sources.stream().map(segmenter::segment).toList();
    }

    private static Map<String, String> english(List<Article> articles) {
        Map<String, String> out = new LinkedHashMap<>();
        articles.forEach(a -> out.put(a.id(), "en"));
        return out;
    }

    @Test
    void memoisedProfilesEqualFreshTokenising() {
        List<Article> articles = articles();
        Vocabulary memoised = new Vocabulary();
        Map<String, List<SentenceProfile>> profiles = ProfileBuilder.build(articles, english(articles), memoised);
        Vocabulary fresh = new Vocabulary();
        int documents = 0;
        for (Article a : articles) {
            List<Segment> ads = a.segments().stream().filter(s -> s.role() == Role.AD_ARTIFACT).toList();
            List<SentenceProfile> got = profiles.get(a.id());
            List<Sentence> body = a.bodySentences();
            assertThat(got).hasSize(body.size());
            for (int k = 0; k < body.size(); k++) {
                var words = ProfileBuilder.storyWords(a.source().text(), body.get(k), ads);
                int[] stems = fresh.idsOf(words.stream().map(w -> w.stem()).toList());
                assertThat(got.get(k).words()).isEqualTo(words);
                assertThat(got.get(k).stems()).isEqualTo(stems);
                documents++;
            }
        }
        fresh.freeze(documents);
        int ids = 0;
        for (List<SentenceProfile> ps : profiles.values()) {
            for (SentenceProfile p : ps) {
                for (int id : p.stems()) {
                    assertThat(bits(memoised.weight(id))).isEqualTo(bits(fresh.weight(id)));
                    ids++;
                }
            }
        }
        assertThat(ids).isGreaterThan(1_000);
        // a verbatim copy shares its original's stem arrays: the columns' key
        List<SentenceProfile> a = profiles.get(articles.get(0).id());
        List<SentenceProfile> dup = profiles.get("dup_a");
        for (int k = 0; k < a.size(); k++) {
            assertThat(dup.get(k).stems()).isSameAs(a.get(k).stems());
        }
    }

    @Test
    void rememberedColumnsGiveTheRowsScoresBitForBit() {
        List<Article> articles = articles();
        Vocabulary vocabulary = new Vocabulary();
        Map<String, List<SentenceProfile>> profiles = ProfileBuilder.build(articles, english(articles), vocabulary);
        LexicalSimilarity remembering = new LexicalSimilarity(vocabulary, true);
        int compared = 0;
        for (List<SentenceProfile> left : profiles.values()) {
            // every right side twice, so the second pass reads remembered columns and merges
            for (int pass = 0; pass < 2; pass++) {
                for (List<SentenceProfile> right : profiles.values()) {
                    Similarity.PairScores rows = new LexicalRows(vocabulary, left, right);
                    Similarity.PairScores columns = remembering.pairs(left, right);
                    for (int i = 0; i < left.size(); i++) {
                        for (int j = 0; j < right.size(); j++) {
                            assertThat(bits(columns.score(i, j))).isEqualTo(bits(rows.score(i, j)));
                            if (j + 1 < right.size()) {
                                assertThat(bits(columns.oneTwo(i, j))).isEqualTo(bits(rows.oneTwo(i, j)));
                            }
                            if (i + 1 < left.size()) {
                                assertThat(bits(columns.twoOne(i, j))).isEqualTo(bits(rows.twoOne(i, j)));
                            }
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(20_000);
    }

    @Test
    void aVerbatimCopyAlignsOneToOneAndTheEditedSentenceStillPairs() {
        List<Article> articles = articles();
        String ref = articles.get(0).id();
        Alignment alignment = new BundleAligner().align(articles, english(articles), ref);
        int n = alignment.profiles().get(ref).size();
        long verbatim = alignment.rows().stream().filter(r -> r.cells().containsKey(ref) && r.cells().containsKey("dup_a")
                && r.cell(ref).size() == 1 && r.cell("dup_a").size() == 1
                && r.cell(ref).get(0).sentence().text().equals(r.cell("dup_a").get(0).sentence().text())).count();
        assertThat(verbatim).isEqualTo(n);
        long edited = alignment.rows().stream().filter(r -> r.cells().containsKey(ref) && r.cells().containsKey("edited")).count();
        assertThat(edited).isEqualTo(n);
    }

    @Test
    void skippingMergesThatCannotWinChangesNoLink() {
        List<Article> articles = new ArrayList<>(articles());
        Segmenter segmenter = new Segmenter();
        new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of("samples/harbour-strike"))).sources()
                .forEach(src -> articles.add(segmenter.segment(src)));
        Vocabulary vocabulary = new Vocabulary();
        Map<String, List<SentenceProfile>> profiles = ProfileBuilder.build(articles, english(articles), vocabulary);
        LexicalSimilarity lexical = new LexicalSimilarity(vocabulary);
        int links = 0;
        for (List<SentenceProfile> left : profiles.values()) {
            for (List<SentenceProfile> right : profiles.values()) {
                List<Link> pruned = new SentenceAligner(lexical, AlignParams.LEXICAL).align(left, right);
                List<Link> full = new SentenceAligner(lexical, AlignParams.LEXICAL, false).align(left, right);
                assertThat(describe(pruned)).isEqualTo(describe(full));
                links += full.size();
            }
        }
        assertThat(links).isGreaterThan(1_000);
    }

    private static List<String> describe(List<Link> links) {
        return links.stream().map(l -> java.util.Arrays.toString(l.left()) + java.util.Arrays.toString(l.right())
                + bits(l.similarity()) + l.moved()).toList();
    }

    private static long bits(double d) {
        return Double.doubleToLongBits(d);
    }
}
