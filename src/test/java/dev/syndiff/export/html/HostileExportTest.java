package dev.syndiff.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.export.HtmlReportWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The hostile bundle exports to an inert page whose payloads show as text, literally. */
class HostileExportTest {
    private final ComparisonReport report = HostileFixture.report();
    private final byte[] page = new HtmlReportWriter().toBytes(report, HostileFixture.marks(report));
    private final Document doc = PageChecks.parse(page);

    @Test
    void nothingFromTheInputBecomesMarkup() {
        PageChecks.assertOnlyOwnMarkup(doc);
        assertThat(doc.select("#pwned, img, svg, iframe, object, form, base, math, details")).isEmpty();
        assertThat(doc.title()).isEqualTo("Syndiff: </title>" + HostileFixture.SCRIPT);
    }

    @Test
    void everyPayloadLineIsVisibleLiterally() {
        String text = PageChecks.visibleText(doc);
        for (String file : List.of("00_reference.txt", "01_markup.txt", "02_controls.txt")) {
            for (String line : HostileFixture.lines(file)) {
                for (String sentence : line.split("(?<=\\.) ")) {
                    assertThat(text).as("from %s", file).contains(visible(sentence));
                }
            }
        }
        assertThat(text).contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt; &amp; &#60;b&#62;bold&#60;/b&#62;");
        assertThat(text).contains("Note " + HostileFixture.SCRIPT, "<b onmouseover=\"document.title='PWNED'\">Chair</b>",
                "</li></ol><script>document.title='PWNED'</script>",
                "<img src=x onerror=\"document.title='PWNED'\">.txt", "javascript:document.title='PWNED'");
    }

    @Test
    void controlAndBidiCharactersAreShownByTheirCodesNotEmittedRaw() {
        String raw = new String(page, StandardCharsets.UTF_8);
        for (char c : new char[] {'\u0000', '\u0007', '\u001b', '\u007f', '\u009b', '\u202e', '\u202c', '\u2066',
                '\u2069', '\u200f', '\uFFFE', '\uFFFF'}) {
            assertThat(raw.indexOf(c)).as("raw U+%04X", (int) c).isEqualTo(-1);
        }
        assertThat(raw.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("lone surrogates").isEmpty();
        String text = PageChecks.visibleText(doc);
        assertThat(text).contains("NUL[U+0000] BEL[U+0007] ESC[U+001B] DEL[U+007F] CSI[U+009B]",
                "terminalU+202E lanimret yrrefU+202C today", "Lone \uFFFD surrogate, \uFFFD and \uFFFD noncharacters");
        assertThat(doc.select("span.ctl")).isNotEmpty();
    }

    @Test
    void theHostileFindingsAndQuotesAreAllLinked() {
        StructureAssertions.assertLinked(doc, report);
    }

    /** What a reader sees of a source line: hidden characters as their codes, spaces collapsed as jsoup does. */
    private static String visible(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Text.isHidden(cp)) {
                out.append(String.format("U+%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }
}
