package dev.syndiff.core.segment;

import static dev.syndiff.core.segment.Pages.BODY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static final String PAGE = "The Valley Herald\n\nHarvest starts two weeks early in the valley\n\nBy Ilse Marrow\n"
            + "Published: 04.06.2024 08:15\n\nLORVANE (VPA) \u2014 " + BODY + "\n\n\u00A9 2024 Valley Press";

    @Test
    void bodyIsOneSegmentPerParagraphNeverTheWholeBody() {
        Article a = Pages.segment(PAGE);
        assertThat(a.segments().stream().filter(s -> s.role() == Role.BODY).count()).isEqualTo(4);
        assertThat(a.segments()).extracting(s -> s.role()).containsExactly(Role.CHROME, Role.HEADLINE, Role.BYLINE,
                Role.PUBLISHED_DATE, Role.DATELINE, Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.CHROME);
    }

    @Test
    void sentenceIdsRunInDocumentOrderOverTheWholeArticle() {
        Article a = Pages.segment(PAGE);
        assertThat(a.sentences().get(0).id()).isEqualTo("t#0");
        assertThat(a.sentences().get(0).role()).isEqualTo(Role.CHROME);
        assertThat(a.bodySentences()).extracting(s -> s.text()).contains(
                "\u201CWe have never started this early in forty years,\u201D said Ilse Marrow, who farms 300 hectares near the river.");
    }

    @Test
    void windowsLineEndingsGiveTheSameRoles() {
        Article unix = Pages.segment(PAGE);
        Article windows = Pages.segment(PAGE.replace("\n", "\r\n"));
        assertThat(windows.segments()).extracting(s -> s.role()).isEqualTo(unix.segments().stream().map(s -> s.role()).toList());
        assertThat(windows.segments()).extracting(s -> s.text()).isEqualTo(unix.segments().stream().map(s -> s.text()).toList());
    }

    @Test
    void manyThreadsGetTheSameAnswerAsOne() throws Exception {
        Segmenter shared = new Segmenter();
        List<String> pages = List.of(PAGE, BODY, PAGE.replace("\n", "\r\n"), "", "   \n\n  ", "Just one line");
        List<Article> expected = pages.stream().map(p -> shared.segment(source(p))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> runs = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                String p = pages.get(k % pages.size());
                runs.add(pool.submit(() -> shared.segment(source(p))));
            }
            for (int k = 0; k < runs.size(); k++) {
                assertThat(runs.get(k).get()).isEqualTo(expected.get(k % pages.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndBlankCopiesHaveNoSegments() {
        assertThat(Pages.segment("").segments()).isEmpty();
        assertThat(Pages.segment(" \n\t\u00A0\n").segments()).isEmpty();
        assertThat(Pages.segment(" \n\t\u00A0\n").sentences()).isEmpty();
    }

    private static Source source(String text) {
        return new Source("t", "t.txt", text, "UTF-8", List.of());
    }
}
