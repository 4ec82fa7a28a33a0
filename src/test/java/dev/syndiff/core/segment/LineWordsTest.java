package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.TestBundles;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The rules ask a line's title shape with the words the line counted once: the answers of counting again. */
class LineWordsTest {
    private static final int[][] BOUNDS = {{1, 5}, {1, 12}, {1, 15}, {3, 25}, {5, 25}, {1, 30}, {5, 40}};

    @Test
    void linesOfTheBundlesAnswerAsTheirText() {
        int titles = 0;
        int lines = 0;
        for (String text : TestBundles.texts()) {
            for (Line l : new Page(text).lines) {
                titles += check(l);
                lines++;
            }
        }
        assertThat(titles).isPositive().isLessThan(lines * BOUNDS.length);
    }

    @Property(tries = 300)
    void linesOfAnyPageAnswerAsTheirText(@ForAll("pages") String text) {
        for (Line l : new Page(text).lines) {
            check(l);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> pages() {
        return new SegmenterPropertyTest().pages();
    }

    private static int check(Line l) {
        assertThat(l.words()).isEqualTo(LineShape.words(l.text()));
        int titles = 0;
        for (int[] b : BOUNDS) {
            boolean title = LineShape.titleLike(l.text(), b[0], b[1]);
            assertThat(LineShape.titleLike(l, b[0], b[1])).as(l.text()).isEqualTo(title);
            titles += title ? 1 : 0;
        }
        return titles;
    }
}
