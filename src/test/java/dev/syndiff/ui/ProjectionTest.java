package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.model.Span;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** The pure parts of the viewer: pane text and offsets, style spans, the change index. */
class ProjectionTest {
    private final ComparisonReport report = ReportFixture.report();
    private final ReportIndex index = new ReportIndex(report);

    @Test
    void paneTextIsTheSourceTextSoOffsetsNeedNoMapping() {
        Article a = index.article(ReportFixture.DAILY);
        PaneDocument doc = PaneDocument.build(a, Set.of(), Set.of());
        assertThat(doc.text()).isEqualTo(a.source().text());
        assertThat(doc.toPane(57)).isEqualTo(57);
        assertThat(doc.toSource(57)).isEqualTo(57);
    }

    @Test
    void hiddenRolesCollapseIntoOnePlaceholderAndOffsetsStillLand() {
        Article a = index.article(ReportFixture.DAILY);
        PaneDocument doc = PaneDocument.build(a, EnumSet.of(Role.COMMENT, Role.COMMENT_CHROME), Set.of());
        assertThat(doc.text()).doesNotContain("reader42").contains("hidden (click to show)");
        Finding monday = finding(FindingKind.MEANING_CHANGE, "Monday");
        int p = doc.toPane(monday.span().start());
        assertThat(doc.text().substring(p, p + 6)).isEqualTo("Monday");
        int placeholder = doc.text().indexOf("\u22EF");
        assertThat(doc.placeholderAt(placeholder)).isNotNull();
        // four comment segments in a row (chrome, chrome, comment, chrome) become... one per role run
        long placeholders = doc.pieces().stream().filter(PaneDocument.Piece::isPlaceholder).count();
        assertThat(placeholders).isEqualTo(3);
        PaneDocument.Piece first = doc.placeholderAt(placeholder);
        PaneDocument open = PaneDocument.build(a, EnumSet.of(Role.COMMENT, Role.COMMENT_CHROME), Set.copyOf(first.hiddenSegments()));
        assertThat(open.text()).contains("Comments (2)");
    }

    @Test
    void longLinesBreakAtSentenceStartsWithoutMovingOffsets() {
        String sentence = "This sentence is one of many in a single line without any newline at all. ";
        String text = sentence.repeat(120);
        Source src = new Source("x", "x.txt", text, "UTF-8", List.of());
        List<Sentence> sents = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Span s = new Span(i * sentence.length(), i * sentence.length() + sentence.length() - 1);
            sents.add(new Sentence("x#" + i, "x", i, s, s.of(text), Role.BODY));
        }
        Article a = new Article(src, List.of(new Segment("x", Role.BODY, new Span(0, text.length() - 1), text.strip())), sents);
        PaneDocument doc = PaneDocument.build(a, Set.of(), Set.of());
        assertThat(doc.text()).hasSameSizeAs(text);
        assertThat(doc.text().split("\n")).hasSizeGreaterThan(4)
                .allSatisfy(line -> assertThat(line.length()).isLessThan(PaneDocument.LONG_LINE + sentence.length() + 1));
        assertThat(doc.text().replace('\n', ' ')).isEqualTo(text);
    }

    @Test
    void stylesMarkRolesChangedWordsAndFindingsAtTheirOffsets() {
        PaneDocument doc = PaneDocument.build(index.article(ReportFixture.DAILY), Set.of(), Set.of());
        Set<String> shown = Set.of(ReportFixture.REF, ReportFixture.DAILY);
        StyleSpans<Collection<String>> spans = StyleSpansProjector.project(index, ReportFixture.DAILY, doc, shown, Filters.all());
        assertThat(spans.length()).isEqualTo(doc.text().length());
        Finding quote = finding(FindingKind.ALTERED_QUOTE, "a first step towards a final settlement");
        int finalWord = doc.text().indexOf("final settlement");
        assertThat(styleAt(spans, finalWord)).contains("diff-altered-quote", "edit-change");
        assertThat(styleAt(spans, quote.span().start())).contains("diff-altered-quote").doesNotContain("edit-change");
        assertThat(styleAt(spans, doc.text().indexOf("reader42"))).contains("role-comment", "diff-spillover");
        assertThat(styleAt(spans, doc.text().indexOf("Officials"))).isEmpty();

        Filters noQuotes = Filters.all().toggle(FindingKind.ALTERED_QUOTE, false);
        StyleSpans<Collection<String>> filtered = StyleSpansProjector.project(index, ReportFixture.DAILY, doc, shown, noQuotes);
        assertThat(styleAt(filtered, finalWord)).doesNotContain("diff-altered-quote").contains("edit-change");
    }

    @Test
    void referencePaneUnderlinesTheCounterpartsOfShownCopiesOnly() {
        PaneDocument doc = PaneDocument.build(index.article(ReportFixture.REF), Set.of(), Set.of());
        int friday = doc.text().indexOf("Friday");
        StyleSpans<Collection<String>> withDaily = StyleSpansProjector.project(index, ReportFixture.REF, doc,
                Set.of(ReportFixture.REF, ReportFixture.DAILY), Filters.all());
        assertThat(styleAt(withDaily, friday)).contains("counterpart", "edit-counterpart");
        StyleSpans<Collection<String>> withMt = StyleSpansProjector.project(index, ReportFixture.REF, doc,
                Set.of(ReportFixture.REF, ReportFixture.MT), Filters.all());
        assertThat(styleAt(withMt, friday)).doesNotContain("counterpart", "edit-counterpart");
    }

    @Test
    void changeIndexStopsAtChangedRowsInOrderThenAtFindingsOutsideThem() {
        ChangeIndex ci = ChangeIndex.build(index, List.of(ReportFixture.REF, ReportFixture.DAILY), Filters.all());
        List<Integer> rows = ci.stops().stream().filter(s -> s.row() != null).map(s -> s.row().row()).toList();
        assertThat(rows).containsExactly(0, 1, 2);
        List<FindingKind> loose = ci.stops().stream().filter(s -> s.finding() != null).map(s -> s.finding().kind()).toList();
        assertThat(loose).containsExactlyInAnyOrder(FindingKind.SPILLOVER, FindingKind.SPILLOVER, FindingKind.FAKE_BYLINE);
        assertThat(ci.stops().get(0).spans()).containsKeys(ReportFixture.REF, ReportFixture.DAILY);
        assertThat(ci.next(-1)).isZero();
        assertThat(ci.next(ci.size() - 1)).isEqualTo(ci.size() - 1);
        assertThat(ci.previous(0)).isZero();
        ChangeIndex identical = ChangeIndex.build(index, List.of(ReportFixture.REF), Filters.all().toggle(FindingKind.SPILLOVER, false));
        assertThat(identical.size()).isZero();
    }

    @Test
    void rowBlocksAreFoundByOffset() {
        Finding monday = finding(FindingKind.MEANING_CHANGE, "Monday");
        ReportIndex.RowBlock b = index.blockAtOrAfter(ReportFixture.DAILY, monday.span().start());
        assertThat(b.row().row()).isZero();
        assertThat(index.blockSpan(b.row(), ReportFixture.REF)).isNotNull();
        assertThat(index.blockAtOrAfter(ReportFixture.DAILY, 0).row().row()).isZero();
        assertThat(index.blockAtOrAfter(ReportFixture.DAILY, 100_000)).isNull();
    }

    private Finding finding(FindingKind kind, String text) {
        return report.findings().stream().filter(f -> f.kind() == kind && f.text().equals(text)).findFirst().orElseThrow();
    }

    static Collection<String> styleAt(StyleSpans<Collection<String>> spans, int offset) {
        int pos = 0;
        for (var span : spans) {
            if (offset < pos + span.getLength()) {
                return span.getStyle();
            }
            pos += span.getLength();
        }
        throw new IllegalArgumentException("offset beyond spans");
    }
}
