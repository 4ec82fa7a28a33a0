package dev.syndiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Sentence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Texts shaped to make backtracking regular expressions explode (long runs of quotes, capitals,
 * dashes, spaces, digits with separators, unclosed quotations). The whole pipeline must come
 * through them with a sane report; a catastrophic pattern would never return.
 */
class AdversarialTextTest {
    static List<String> attacks() {
        return List.of(
                "\u201c".repeat(20_000),
                "\"a ".repeat(10_000),
                "Ab\u2014".repeat(10_000) + "Cd",
                "A ".repeat(20_000) + "!",
                "1,0".repeat(10_000) + "x",
                "By " + "Xy ".repeat(8_000),
                "Reply \u00b7 ".repeat(8_000) + "likes",
                "'".repeat(10_000) + "s",
                "he said, \u201c".repeat(5_000),
                " \n".repeat(10_000) + "\u00a0\u200b".repeat(5_000) + "end.");
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void thePipelineComesThroughWithSpansInsideTheText(String attack) {
        String normal = "Council closes the ferry terminal\n\nThe council voted on Tuesday to close the terminal.\n\n"
                + "\u201cIt served us well,\u201d the mayor said.\n";
        ComparisonReport r = Stories.bundle().copy("ref", normal).copy("attack", normal + "\n" + attack + "\n")
                .copy("plain", attack).compare("ref");
        for (var a : r.articles()) {
            for (Sentence s : a.sentences()) {
                assertThat(s.end()).isLessThanOrEqualTo(a.source().text().length());
                assertThat(a.source().text().substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
        assertThat(r.sources()).hasSize(3);
    }
}
