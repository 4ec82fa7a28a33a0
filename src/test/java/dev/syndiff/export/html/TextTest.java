package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Text.html("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=\"x\"&gt;'&amp;'&lt;/a&gt;");
    }

    @Test
    void showsControlsAndBidiByTheirCodes() {
        assertThat(Text.html("a\u0000b\u202Ec\td\ne")).isEqualTo(
                "a<span class=\"ctl\">U+0000</span>b<span class=\"ctl\">U+202E</span>c\td\ne");
        assertThat(Text.plain("a\u0007<b>")).isEqualTo("a[U+0007]&lt;b&gt;");
    }

    @Test
    void replacesLoneSurrogatesAndNoncharactersButKeepsPairs() {
        assertThat(Text.html("x\uD800y\uFFFEz\uD83D\uDE00")).isEqualTo("x\uFFFDy\uFFFDz\uD83D\uDE00");
    }

    @Test
    void clipsOnCodePoints() {
        assertThat(Text.clip("ab\uD83D\uDE00cd", 3)).isEqualTo("ab\uD83D\uDE00\u2026");
        assertThat(Text.clip("abc", 3)).isEqualTo("abc");
        assertThat(Text.clip(null, 3)).isEmpty();
    }
}
