package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.TestBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Lines without two capitals side by side skip the ad-label scan: it finds nothing there. */
class CapitalLabelsTest {
    @Test
    void asciiUpperCaseIsJavasTest() {
        for (char c = 0; c < 0x80; c++) {
            assertThat(c >= 'A' && c <= 'Z').as("U+%04X", (int) c).isEqualTo(Character.isUpperCase(c));
        }
    }

    @Test
    void linesOfTheBundlesAndInventedLinesAnswerAsTheScan() {
        List<String> texts = new ArrayList<>(TestBundles.texts());
        Random r = new Random(3);
        String[] pieces = {"ADVERTISEMENT", "Advertisement", "AD", "A", "Ab", "ANZEIGE", "REKLAMA", "РЕКЛАМА", "Реклама",
            "the", "port", " ", " ", "\u00A0", ".", "\u00C9T\u00C9", "\u00C9", "\n"};
        for (int k = 0; k < 2_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        int found = 0;
        int skipped = 0;
        for (String t : texts) {
            for (Line l : new Page(t).lines) {
                found += check(t, l.start(), l.end());
                skipped += ForeignScript.capitalPair(t, l.start(), l.end()) ? 0 : 1;
            }
        }
        assertThat(found).isPositive();
        assertThat(skipped).isPositive();
    }

    @Property(tries = 500)
    void anyTextAnswersAsTheScan(@ForAll("pages") String text) {
        for (int s = 0; s <= text.length(); s += 7) {
            check(text, s, text.length());
            check(text, 0, s);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> pages() {
        return new SegmenterPropertyTest().pages();
    }

    private static int check(String t, int start, int end) {
        List<int[]> scanned = ForeignScript.capitalLabelsScanned(t, start, end);
        List<int[]> fast = ForeignScript.capitalLabels(t, start, end);
        assertThat(fast).usingElementComparator((a, b) -> java.util.Arrays.compare(a, b)).isEqualTo(scanned);
        return scanned.size();
    }
}
