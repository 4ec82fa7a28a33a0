package dev.syndiff.export.html;

import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.TriageMark;
import dev.syndiff.core.model.WordEdit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A report built over the hostile copies in src/test/resources/hostile (script tags, handlers,
 * javascript: and data: links, breakouts, entities, bidi overrides, NUL and other controls),
 * with hostile strings in every other field the page shows too.
 */
final class HostileFixture {
    static final String SCRIPT = "<script>document.title='PWNED'</script>";
    static final String REF = "00_reference";
    static final String MARKUP = "01_markup";
    static final String CONTROLS = "02_controls";
    static final String JAVA = "03_java";
    /** Text only Java can hold (a lone surrogate, noncharacters) and a NUL. */
    static final String JAVA_LINE = "Lone \uD800 surrogate, \uFFFE and \uFFFF noncharacters, NUL \u0000 end.";

    private HostileFixture() {
    }

    static List<String> lines(String file) {
        try (InputStream in = HostileFixture.class.getResourceAsStream("/hostile/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.strip().split("\n\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] roled(String file) {
        List<String> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String role = i == 0 ? "HEADLINE" : line.startsWith("reader9:") ? "COMMENT" : "BODY";
            out.add(role + "|" + line);
        }
        return out.toArray(String[]::new);
    }

    static ComparisonReport report() {
        ReportBuilder b = new ReportBuilder().bundle("</title>" + SCRIPT, "javascript:document.title='PWNED'");
        b.copy(REF, "00_reference.txt", "en", true, false, List.of(), List.of(), roled("00_reference.txt"));
        b.copy(MARKUP, "<img src=x onerror=\"document.title='PWNED'\">.txt", "en\"><svg onload=alert(1)>", true, true,
                List.of("Note " + SCRIPT), List.of("Warning <b onclick=\"document.title='PWNED'\">x</b>"), roled("01_markup.txt"));
        b.copy(CONTROLS, "javascript:alert(1).txt", "ar", true, false, List.of(), List.of(), roled("02_controls.txt"));
        b.copy(JAVA, "data:text/html,<script>alert(1)</script>.txt", "und", false, false, List.of(), List.of(),
                "BODY|" + JAVA_LINE);
        b.row(Relation.PARAPHRASE, REF, 0, Relation.IDENTICAL, MARKUP, 0, Relation.PARAPHRASE, CONTROLS, 0, Relation.IDENTICAL)
                .edit(WordEdit.Type.CHANGE, MARKUP, "</script><script>", REF, "<img src=x")
                .edit(WordEdit.Type.CHANGE, MARKUP, "45", REF, "40");
        b.row(Relation.MINOR_EDIT, REF, 1, Relation.IDENTICAL, MARKUP, 1, Relation.MINOR_EDIT, CONTROLS, 1, Relation.IDENTICAL)
                .edit(WordEdit.Type.INSERT, MARKUP, "very", REF, "@build it")
                .edit(WordEdit.Type.DELETE, CONTROLS, "@NUL[", REF, "fast");
        b.row(Relation.MINOR_EDIT, REF, 2, Relation.IDENTICAL, MARKUP, 2, Relation.MINOR_EDIT, CONTROLS, 2, Relation.IDENTICAL);
        b.finding(FindingKind.ALTERED_QUOTE, MARKUP, "\"We will build it very fast,\"", b.ref(REF, "\"We will build it fast,\""),
                "Quote changed: " + SCRIPT + " <img src=x onerror=\"document.title='PWNED'\">");
        b.finding(FindingKind.MEANING_CHANGE, MARKUP, "45 million", b.ref(REF, "40 million"), "45 vs 40 <svg onload=alert(1)>");
        b.finding(FindingKind.MT_ARTIFACT, CONTROLS, "NUL[\u0000] BEL[\u0007]", null, "Controls \u0000\u202e here");
        b.finding(FindingKind.PARAPHRASE, MARKUP, "</script><script>document.title='PWNED'</script>",
                b.ref(REF, "<img src=x onerror=\"document.title='PWNED'\">"), "</style><style>body{display:none}</style>");
        b.finding(FindingKind.SPILLOVER, MARKUP, "reader9: <!-- hidden -->", null, "A comment <a href=\"javascript:alert(1)\">x</a>");
        b.finding(FindingKind.ADDED_CONTENT, MARKUP, "<iframe srcdoc=", null, "Added <iframe src=\"data:text/html,x\">");
        b.finding(FindingKind.OMITTED_CONTENT, CONTROLS, "\u202e lanimret yrref\u202c", b.ref(REF, "new ferry terminal"),
                "Bidi \u202e reversed");
        b.finding(FindingKind.FAKE_BYLINE, MARKUP, "\"><p id=\"pwned\">attribute breakout</p>", null, "Byline ' onmouseover='x");
        b.finding(FindingKind.DIFFERENT_STORY, JAVA, "Lone", null, "Different <script>x</script> story");
        b.quote("<b onmouseover=\"document.title='PWNED'\">Chair</b>", b.ref(REF, "\"We will build it fast,\""),
                b.variant(MARKUP, "\"We will build it very fast,\"", QuoteStatus.ALTERED),
                b.variant(CONTROLS, "\"We will build it fast,\"", QuoteStatus.EXACT),
                b.variant(JAVA, null, QuoteStatus.MISSING));
        b.warning("<svg onload=alert(1)>.txt", "refused " + SCRIPT);
        b.notice("Notice \u0000 " + SCRIPT);
        ComparisonReport r = b.build();
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.set(0, findings.get(0).withId("F1\"><script>document.title='PWNED'</script>"));
        return new ComparisonReport(r.bundleName(), r.bundlePath(), r.reference(), r.secondaryReference(), r.sources(),
                r.articles(), r.alignment(), findings, r.quotes(), r.warnings(), r.notices(), r.complete());
    }

    static List<TriageMark> marks(ComparisonReport report) {
        return List.of(new TriageMark(TriageMark.keyOf(report.findings().get(0)), TriageMark.Verdict.CONFIRMED,
                        "</li></ol><script>document.title='PWNED'</script>"),
                new TriageMark(TriageMark.keyOf(report.findings().get(1)), TriageMark.Verdict.DISMISSED,
                        "<img src=x onerror=\"document.title='PWNED'\">"));
    }
}
