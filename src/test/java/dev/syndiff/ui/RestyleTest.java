package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Restyling text already shown gives every paragraph the styles a whole restyle would, and
 * leaves the paragraphs whose styles did not change as they were (so their cells are kept).
 */
@ExtendWith(ApplicationExtension.class)
class RestyleTest {
    private static final List<List<String>> STYLES = List.of(List.of(), List.of("quote"), List.of("meaning", "word"),
            List.of("chrome"), List.of("paraphrase"));

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int paragraphs = 1 + r.nextInt(40);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                sb.append('\n');
            }
            int len = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(120);
            for (int i = 0; i < len; i++) {
                sb.append((char) ('a' + r.nextInt(26)));
            }
        }
        return sb.toString();
    }

    private static List<Collection<String>> randomStyles(Random r, int length) {
        List<Collection<String>> out = new ArrayList<>();
        Collection<String> current = STYLES.get(0);
        for (int i = 0; i < length; i++) {
            if (r.nextInt(15) == 0) {
                current = STYLES.get(r.nextInt(STYLES.size()));
            }
            out.add(current);
        }
        return out;
    }

    /** Changes the styles of a few stretches only. */
    private static List<Collection<String>> touched(Random r, List<Collection<String>> styles) {
        List<Collection<String>> out = new ArrayList<>(styles);
        for (int k = r.nextInt(4); k > 0 && !out.isEmpty(); k--) {
            int at = r.nextInt(out.size());
            int len = 1 + r.nextInt(Math.min(60, out.size() - at));
            Collection<String> s = STYLES.get(r.nextInt(STYLES.size()));
            for (int i = at; i < at + len; i++) {
                out.set(i, s);
            }
        }
        return out;
    }

    private static StyleSpans<Collection<String>> spans(List<Collection<String>> perChar) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        if (perChar.isEmpty()) {
            b.add(List.of(), 0);
        }
        for (Collection<String> s : perChar) {
            b.add(s, 1); // one span a character: the builder and Restyle must join them alike
        }
        return b.create();
    }

    @Test
    void restylingGivesTheWholeRestylesResultAndKeepsUnchangedParagraphs(FxRobot robot) {
        Random r = new Random(7);
        for (int round = 0; round < 60; round++) {
            String text = text(r);
            List<Collection<String>> before = randomStyles(r, text.length());
            List<Collection<String>> after = round % 10 == 0 ? randomStyles(r, text.length()) : touched(r, before);
            StyleClassedTextArea area = new StyleClassedTextArea(false);
            StyleClassedTextArea whole = new StyleClassedTextArea(false);
            robot.interact(() -> {
                area.replaceText(text);
                area.setStyleSpans(0, spans(before));
                whole.replaceText(text);
                whole.setStyleSpans(0, spans(after));
            });
            robot.interact(() -> Restyle.apply(area, spans(after)));

            assertThat(area.getText()).isEqualTo(text);
            for (int p = 0; p < area.getParagraphs().size(); p++) {
                assertThat(Restyle.sameRuns(area.getStyleSpans(p), whole.getStyleSpans(p))).as("round %d paragraph %d", round, p).isTrue();
            }
        }
    }

    @Test
    void aParagraphWhoseStylesStayTheSameKeepsItsParagraph(FxRobot robot) {
        String text = "First paragraph here.\nSecond one changes.\nThird stays.";
        StyleClassedTextArea area = new StyleClassedTextArea(false);
        robot.interact(() -> {
            area.replaceText(text);
            area.setStyleSpans(0, spans(perChar(text, 22, 41, List.of())));
        });
        var first = area.getParagraph(0);
        var third = area.getParagraph(2);
        int[] changed = new int[1];
        robot.interact(() -> changed[0] = Restyle.apply(area, spans(perChar(text, 29, 36, List.of("quote")))));
        assertThat(changed[0]).isEqualTo(1);
        assertThat(area.getParagraph(0)).isSameAs(first);
        assertThat(area.getParagraph(2)).isSameAs(third);
        assertThat(area.getStyleOfChar(30)).containsExactly("quote");
        assertThat(area.getStyleOfChar(25)).isEmpty();
    }

    private static List<Collection<String>> perChar(String text, int from, int to, Collection<String> style) {
        List<Collection<String>> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(i >= from && i < to ? style : List.of());
        }
        return out;
    }
}
