package dev.syndiff.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The segment and sentence contract holds for any text, however odd. */
class SegmenterPropertyTest {
    private static final List<String> PIECES = List.of("The ", "minister ", "said ", "Mr. ", "U.S. ", "C. ",
            "\u201CYes?\u201D ", "he asked. ", "1.5 ", "ADVERTISEMENT", "\u0420\u0435\u043A\u043B\u0430\u043C\u0430 ",
            "\u0627\u0636\u0627\u0641\u0629 \u0627\u0639\u0644\u0627\u0646", "By Jane Doe", "Photo: A/B", "Comments (3)",
            "Reply \u00B7 2 likes", "user_1 \u00B7 2 hours ago", "\u00A9 2025 Agency", "MOSCOW \u2014 ", "Read more:",
            "\u203A Link", "Published: 03.03.2025 15:42", " date 2022-01-29 ", "\n", "\n\n", "\r\n", "\n\n\n", "  ",
            "\t", "\u00A0", "\u200B", "\uFEFF", ". ", "! ", "? ", "\u2026", "|", "\u00B7", "\u2014", "(", ")", "\"",
            "x", "\uD83D\uDE00", "Abc def ghi jkl mno pqr stu vwx yz abc def ghi jkl mno pqr.", "Subhead here");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withCharRange(' ', '\u05FF').ofMaxLength(12),
                Arbitraries.strings().withChars(" \n\r\t.?!\u201D\u201C'\"").ofMaxLength(6));
        return piece.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 600)
    void segmentsCoverEveryVisibleCharOnceAndAreSlices(@ForAll("pages") String text) {
        Article a = Pages.segment(text);
        int[] owner = new int[text.length()];
        int last = -1;
        for (Segment s : a.segments()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isGreaterThan(s.start());
            assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
            assertThat(Chars.isSpace(text.charAt(s.start()))).isFalse();
            assertThat(Chars.isSpace(text.charAt(s.end() - 1))).isFalse();
            for (int i = s.start(); i < s.end(); i++) owner[i]++;
            last = s.end();
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isSpace(text.charAt(i))) {
                assertThat(owner[i]).as("char %d '%s' in exactly one segment", i, text.charAt(i)).isEqualTo(1);
            }
        }
    }

    @Property(tries = 600)
    void sentencesAreOrderedTrimmedSlicesThatNeverOverlap(@ForAll("pages") String text) {
        Article a = Pages.segment(text);
        int last = 0;
        for (int k = 0; k < a.sentences().size(); k++) {
            Sentence s = a.sentences().get(k);
            assertThat(s.id()).isEqualTo("t#" + k);
            assertThat(s.index()).isEqualTo(k);
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isGreaterThan(s.start());
            assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
            assertThat(Chars.isSpace(text.charAt(s.start())) || Chars.isSpace(text.charAt(s.end() - 1))).isFalse();
            Segment home = a.segments().stream().filter(g -> g.start() <= s.start() && s.start() < g.end())
                    .findFirst().orElseThrow();
            assertThat(s.role()).isEqualTo(home.role());
            last = s.end();
        }
    }

    @Property(tries = 300)
    void everyVisibleCharOfASegmentLiesInASentence(@ForAll("pages") String text) {
        Article a = Pages.segment(text);
        boolean[] inSentence = new boolean[text.length()];
        for (Sentence s : a.sentences()) {
            for (int i = s.start(); i < s.end(); i++) inSentence[i] = true;
        }
        for (Segment g : a.segments()) {
            for (int i = g.start(); i < g.end(); i++) {
                if (!Chars.isSpace(text.charAt(i))) assertThat(inSentence[i]).as("char %d of %s", i, g).isTrue();
            }
        }
    }
}
