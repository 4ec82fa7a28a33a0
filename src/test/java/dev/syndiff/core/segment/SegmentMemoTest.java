package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.TestBundles;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Segmenting through a run's memo gives the articles of segmenting every copy afresh. */
class SegmentMemoTest {
    private static final SegmentMemo SHARED = new SegmentMemo();
    private final Segmenter segmenter = new Segmenter();

    @Test
    void realBundlesAndTheirRepublicationsSegmentAlike() {
        List<Source> sources = new ArrayList<>();
        for (String dir : TestBundles.DIRS) {
            sources.addAll(new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of(dir))).sources());
        }
        // each copy again under another id, and once with its lines shuffled about, so the memo is hit
        List<Source> all = new ArrayList<>(sources);
        for (Source s : sources) {
            all.add(new Source(s.id() + "_again", s.file(), s.text(), s.encoding(), List.of()));
            String[] paras = s.text().split("\n\n");
            java.util.Collections.reverse(java.util.Arrays.asList(paras));
            all.add(new Source(s.id() + "_turned", s.file(), String.join("\n\n", paras), s.encoding(), List.of()));
        }
        SegmentMemo memo = new SegmentMemo();
        for (Source s : all) {
            Article plain = segmenter.segment(s);
            Article remembered = segmenter.segment(s, memo);
            assertThat(remembered).isEqualTo(plain);
            for (String lang : List.of("en", "el", "de", "ja")) {
                assertThat(segmenter.inLanguage(remembered, lang, memo)).isEqualTo(segmenter.inLanguage(plain, lang));
            }
        }
    }

    @Property(tries = 400)
    void anyPageSegmentsAlikeThroughASharedMemo(@ForAll("pages") String text) {
        Source s = new Source("x", "x.txt", text, "UTF-8", List.of());
        assertThat(segmenter.segment(s, SHARED)).isEqualTo(segmenter.segment(s));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> pages() {
        return new SegmenterPropertyTest().pages();
    }
}
