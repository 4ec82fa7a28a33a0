package dev.syndiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.lang.CrossLingualSimilarity;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Sentence;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Faithful translations in scripts without case align with the English wire sentence for
 * sentence: the Arabic copy of rtl-desk and the Hindi copy of scripts-desk (which stops after the
 * quote, so the wire's last three sentences are rightly missing there); the Chinese copy of
 * scripts-desk, which has no name keys, on most of its rows.
 */
class OtherScriptsAlignmentTest {
    private static final Set<FindingKind> CONTENT = Set.of(FindingKind.ADDED_CONTENT, FindingKind.OMITTED_CONTENT);

    private static ComparisonReport run(String bundle) {
        Options o = Options.defaults().withReference("00_wire").withGrammarPass(false);
        return new ComparisonPipeline().run(Path.of("src/test/resources/bundles", bundle), o, ProgressListener.NONE);
    }

    /** Body sentences of the wire whose row holds a sentence of {@code copy}. */
    private static long wireRowsWith(ComparisonReport r, String copy) {
        return r.alignment().stream().filter(row -> row.cells().containsKey("00_wire") && row.cells().containsKey(copy))
                .mapToLong(row -> row.cells().get("00_wire").size()).sum();
    }

    private static List<Finding> findings(ComparisonReport r, String copy, Set<FindingKind> kinds) {
        return r.findings().stream().filter(f -> f.source().equals(copy) && kinds.contains(f.kind())).toList();
    }

    private static Sentence headline(ComparisonReport r, String copy) {
        return r.articles().stream().filter(a -> a.id().equals(copy)).findFirst().orElseThrow()
                .sentences().stream().filter(s -> s.role() == Role.HEADLINE).findFirst().orElseThrow();
    }

    @Test
    void theArabicCopyAlignsWithTheWireOnEveryRow() {
        ComparisonReport r = run("rtl-desk");
        assertThat(wireRowsWith(r, "01_arabic")).isGreaterThanOrEqualTo(6); // of the wire's 7 body sentences
        assertThat(r.alignment()).filteredOn(row -> row.cells().containsKey("01_arabic"))
                .allSatisfy(row -> assertThat(row.cells()).containsKey("00_wire"));
        assertThat(findings(r, "01_arabic", CONTENT)).isEmpty();
        assertThat(findings(r, "01_arabic", Set.of(FindingKind.MEANING_CHANGE))).isEmpty();
        double headlines = CrossLingualSimilarity.score(headline(r, "00_wire").text(), "en",
                headline(r, "01_arabic").text(), "ar");
        assertThat(headlines).isGreaterThan(0.45);
    }

    @Test
    void theHindiCopyAlignsUntilItStops() {
        ComparisonReport r = run("scripts-desk");
        assertThat(wireRowsWith(r, "02_hindi")).isEqualTo(4);
        assertThat(findings(r, "02_hindi", Set.of(FindingKind.ADDED_CONTENT))).isEmpty();
        List<Finding> omitted = findings(r, "02_hindi", Set.of(FindingKind.OMITTED_CONTENT));
        assertThat(omitted).hasSize(1);
        assertThat(omitted.get(0).explanation()).contains("3 sentences");
        assertThat(r.sources()).filteredOn(s -> s.id().startsWith("0")).allSatisfy(s -> assertThat(s.sameStory()).isTrue());
        // Chinese: no name keys; the lede split in two, harbour, May and traffic rows align on numbers and dates
        assertThat(wireRowsWith(r, "01_chinese")).isGreaterThanOrEqualTo(4);
    }
}
