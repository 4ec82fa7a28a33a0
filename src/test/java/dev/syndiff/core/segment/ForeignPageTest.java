package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** A page with no letter in a foreign script skips the foreign-run scans; they would find nothing there. */
class ForeignPageTest {
    @Test
    void pagesOfTheBundlesAndMixedPagesAnswerAsTheFullScan() throws IOException {
        List<String> pages = new ArrayList<>(TestPages.ofTheBundles());
        pages.addAll(TestPages.random(11, "ab Z9.'-\n\u00E9\u0416\u0627\u3042\u4E2D\u0905\u201C\u201D", "The port strike went on for a fifth day on Friday.\n", 60, 300));
        int foreign = 0;
        for (String text : pages) {
            foreign += check(text) ? 1 : 0;
        }
        assertThat(foreign).isPositive();
        assertThat(foreign).isLessThan(pages.size());
    }

    @Property(tries = 300)
    void anyPageAnswersAsTheFullScan(@ForAll("pages") String text) {
        check(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> pages() {
        return new SegmenterPropertyTest().pages();
    }

    /** Asserts the short cuts equal the scans on every line of the page; true if the page has a foreign letter. */
    private static boolean check(String text) {
        Page page = new Page(text);
        for (Line l : page.lines) {
            assertThat(ForeignScript.runs(page, l.start(), l.end())).as(l.text())
                    .usingElementComparator((x, y) -> java.util.Arrays.equals(x, y) ? 0 : 1)
                    .containsExactlyElementsOf(ForeignScript.scan(page, l.start(), l.end()));
            assertThat(ForeignScript.wholeLine(page, l.text())).as(l.text()).isEqualTo(ForeignScript.wholeLineScanned(page, l.text()));
        }
        return page.anyForeign();
    }
}
