package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

/** Direction and names from ICU, and the per-word runs that complex scripts are drawn in. */
class LanguagesTest {
    @Test
    void directionComesFromTheLanguagesScript() {
        for (String rtl : List.of("ar", "he", "fa", "ur", "yi", "ps", "ckb", "dv")) {
            assertThat(Languages.rightToLeft(rtl)).as(rtl).isTrue();
        }
        for (String ltr : List.of("en", "de", "hi", "zh", "ru", "tr", "und", "")) {
            assertThat(Languages.rightToLeft(ltr)).as(ltr).isFalse();
        }
        assertThat(Languages.rightToLeft(null)).isFalse();
    }

    @Test
    void namesAndTranslations() {
        assertThat(Languages.name("de")).isEqualTo("German (de)");
        assertThat(Languages.name("ar")).isEqualTo("Arabic (ar)");
        assertThat(Languages.name("und")).isEqualTo("language unknown");
        assertThat(Languages.differ("de", "en")).isTrue();
        assertThat(Languages.differ("en", "en")).isFalse();
        assertThat(Languages.differ("und", "en")).isFalse();
    }

    @Test
    void complexScriptsAreTheShapedOnes() {
        assertThat(List.of("ar", "he", "hi", "th", "bn")).allMatch(Languages::complexScript);
        assertThat(List.of("en", "de", "ru", "el", "zh", "ja", "ko", "und")).noneMatch(Languages::complexScript);
    }

    @Test
    void wordRunsCutAtEveryWordAndAWordTakesEveryStyleThatTouchesIt() {
        String text = "\u0639\u0648\u062f\u0629 \u0627\u0644\u0639\u0628\u0627\u0631\u0627\u062a  \u0625\u0644\u0649";
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        b.add(List.of("a"), 7);
        b.add(List.of("b"), text.length() - 7);
        StyleSpans<Collection<String>> out = WordRuns.split(b.create(), text);
        assertThat(out.length()).isEqualTo(text.length());
        List<String> pieces = new ArrayList<>();
        List<Collection<String>> styles = new ArrayList<>();
        int pos = 0;
        for (StyleSpan<Collection<String>> s : out) {
            pieces.add(text.substring(pos, pos + s.getLength()));
            styles.add(s.getStyle());
            pos += s.getLength();
        }
        // a style that ends inside a word takes the whole word (JavaFX joins no letters across runs)
        assertThat(pieces).containsExactly("\u0639\u0648\u062f\u0629 ", "\u0627\u0644\u0639\u0628\u0627\u0631\u0627\u062a  ",
                "\u0625\u0644\u0649");
        assertThat(styles.get(0)).containsExactly("a", WordRuns.EVEN);
        assertThat(styles.get(1)).containsExactly("a", "b", WordRuns.ODD);
        assertThat(styles.get(2)).containsExactly("b", WordRuns.EVEN);
    }
}
