package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    private static final String TEXT = "one two three four";

    @Test
    void crossingMarksAreClosedAndReopened() {
        String html = Highlighter.render(TEXT, 0, TEXT.length(),
                List.of(new Mark(4, 13, "a"), new Mark(8, 18, "b")), List.of());
        assertThat(html).isEqualTo("one <i class=\"a\">two <i class=\"b\">three</i></i><i class=\"b\"> four</i>");
    }

    @Test
    void nestedMarksNest() {
        String html = Highlighter.render(TEXT, 0, TEXT.length(),
                List.of(new Mark(8, 13, "u", null), new Mark(0, 18, "k")), List.of());
        assertThat(html).isEqualTo("<i class=\"k\">one two <u>three</u> four</i>");
    }

    @Test
    void idsGoOnTheElementStartingThereAndMarkupBeforeIt() {
        String html = Highlighter.render(TEXT, 4, 13, List.of(new Mark(4, 7, "k")),
                List.of(Anchor.markup(4, "<a class=\"ref\">1</a>"), Anchor.id(4, "Q1"), Anchor.id(4, "C1"), Anchor.id(99, "X")));
        assertThat(html).isEqualTo("<a class=\"ref\">1</a><i id=\"Q1\" class=\"k\"><i id=\"C1\"></i>two</i> three");
    }

    @Test
    void emptyMarksBecomeCaretsAndTextIsEscaped() {
        String text = "a<b>&\u0000c";
        String html = Highlighter.render(text, 0, text.length(), List.of(new Mark(1, 1, "s", null)), List.of());
        assertThat(html).isEqualTo("a<s></s>&lt;b&gt;&amp;<span class=\"ctl\">U+0000</span>c");
    }

    @Property(tries = 300)
    void textSurvivesAnyMarks(@ForAll @IntRange(min = 0, max = 18) int a, @ForAll @IntRange(min = 0, max = 18) int b,
                              @ForAll @IntRange(min = 0, max = 18) int c, @ForAll @IntRange(min = 0, max = 18) int d) {
        List<Mark> marks = List.of(new Mark(Math.min(a, b), Math.max(a, b), "x"), new Mark(Math.min(c, d), Math.max(c, d), "y"));
        String html = Highlighter.render(TEXT, 2, 16, marks, List.of(Anchor.id(c, "I")));
        assertThat(Jsoup.parseBodyFragment(html).body().text()).isEqualTo(TEXT.substring(2, 16).strip());
        assertThat(Jsoup.parseBodyFragment(html).body().html().replace("\n", "")).as("well formed").isEqualTo(html);
        assertThat(Jsoup.parseBodyFragment(html).select("#I").size()).isEqualTo(c >= 2 && c <= 16 ? 1 : 0);
    }
}
