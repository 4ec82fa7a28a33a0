package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Source;
import java.util.List;

/**
 * Arbitrary text through the public API only: every segment and sentence lies within the text
 * and quotes it exactly. Replays saved inputs in {@code mvn verify}; fuzzes with JAZZER_FUZZ=1.
 */
class SegmenterFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void segmentsStayInsideTheText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Source source = new Source("fuzz", "fuzz.txt", text, "UTF-8", List.of());
        Article article = new Segmenter().segment(source);
        assertThat(article.source()).isEqualTo(source);
        for (Segment s : article.segments()) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
        }
        for (Sentence s : article.sentences()) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
        }
    }
}
