package dev.syndiff.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.Deadline;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.align.BundleAligner;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.segment.Segmenter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GrammarRuleTest {
    private static ClassifyContext context() {
        StringBuilder ref = new StringBuilder("Council closes ferry terminal\n\n");
        StringBuilder copy = new StringBuilder("Council closes ferry terminal\n\n");
        for (int i = 0; i < 12; i++) {
            ref.append("Councillor number ").append(i).append(" said the ferry terminal would close by next spring.\n\n");
            copy.append("Councillor number ").append(i).append(" said the ferry terminal will close by next spring.\n\n");
        }
        Segmenter s = new Segmenter();
        List<Article> articles = List.of(s.segment(new Source("ref", "ref.txt", ref.toString(), "UTF-8", List.of())),
                s.segment(new Source("copy", "copy.txt", copy.toString(), "UTF-8", List.of())));
        Map<String, String> langs = Map.of("ref", "en", "copy", "en");
        return new ClassifyContext(articles, new BundleAligner().align(articles, langs, "ref"), langs);
    }

    @Test
    void stopsWhenItsBudgetRunsOutAndSaysSo() {
        AtomicLong clock = new AtomicLong();
        AtomicInteger checks = new AtomicInteger();
        Deadline deadline = new Deadline(Duration.ofSeconds(10), clock::get);
        GrammarRule rule = new GrammarRule(ProgressListener.NONE, deadline, text -> {
            checks.incrementAndGet();
            clock.addAndGet(Duration.ofSeconds(2).toNanos());
            return List.of();
        });
        rule.apply(context());
        // each changed sentence costs two checks (copy and counterpart), 4 s of fake time
        assertThat(checks.get()).isLessThan(2 * 12).isGreaterThanOrEqualTo(4);
        assertThat(rule.stoppedEarly()).contains("stopped early").contains("of 12");
    }

    @Test
    void checksEveryChangedSentenceWithinItsBudget() {
        AtomicInteger checks = new AtomicInteger();
        GrammarRule rule = new GrammarRule(ProgressListener.NONE, Deadline.none(), text -> {
            checks.incrementAndGet();
            return List.of();
        });
        rule.apply(context());
        assertThat(checks.get()).isEqualTo(2 * 12);
        assertThat(rule.stoppedEarly()).isNull();
    }
}
