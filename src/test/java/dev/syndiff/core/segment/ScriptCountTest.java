package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Page counts ASCII letters as Latin without the code-point tests: the same shares as the plain count. */
class ScriptCountTest {
    @Test
    void asciiLetterIsJavasLetterTestBelow0x80() {
        for (char c = 0; c < 0x100; c++) {
            assertThat(Chars.asciiLetter(c)).as("U+%04X", (int) c).isEqualTo(c < 0x80 && Character.isLetter(c));
            if (c < 0x80 && Character.isLetter(c)) assertThat(Chars.script(c)).isEqualTo(UScript.LATIN);
        }
    }

    @Test
    void pagesOfTheBundlesAndMixedPagesCountAsThePlainLoop() throws IOException {
        List<String> pages = new ArrayList<>(TestPages.ofTheBundles());
        pages.addAll(TestPages.random(5, "ab Z9.'-\n\u00E9\u0416\u0627\u3042\u4E2D\u0905\u201C\u201D\uD835\uDC00\u0301", "", 80, 300));
        for (String text : pages) {
            check(text);
        }
    }

    @Property(tries = 300)
    void anyPageCountsAsThePlainLoop(@ForAll("pages") String text) {
        check(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> pages() {
        return new SegmenterPropertyTest().pages();
    }

    private static void check(String text) {
        int[] counts = new int[UScript.CODE_LIMIT];
        int letters = 0;
        for (int i = 0; i < text.length(); ) { // the loop Page used before its ASCII short cut
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                counts[Chars.script(cp)]++;
                letters++;
            }
            i += Character.charCount(cp);
        }
        Page page = new Page(text);
        for (int s = 0; s < counts.length; s++) {
            assertThat(page.scriptShare(s)).isEqualTo(letters == 0 ? 0 : (double) counts[s] / letters);
        }
    }
}
