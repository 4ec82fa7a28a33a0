package dev.syndiff.ui;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.model.WordEdit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The panes side by side (reference first, then up to four copies) with connector strips
 * between them; projects the report into them and moves them together.
 */
public final class ComparisonView extends HBox {
    public static final int MAX_COPIES = 4;

    private final UiExecutors exec;
    private final ScrollSync sync = new ScrollSync();
    private final List<VersionPane> panes = new ArrayList<>();
    private final List<ConnectorStrip> strips = new ArrayList<>();
    private final Map<String, Set<Integer>> expanded = new HashMap<>();
    private final IntegerProperty currentStop = new SimpleIntegerProperty(-1);
    private final IntegerProperty renders = new SimpleIntegerProperty(0);
    private final IntegerProperty paneSteps = new SimpleIntegerProperty(0);
    private final List<Runnable> afterPanes = new ArrayList<>();
    private ReportIndex index;
    private Filters filters = Filters.all();
    private List<String> sources = List.of();
    private ChangeIndex changes;
    private int generation;
    private final Jumps jumps;

    public ComparisonView(UiExecutors exec) {
        this.exec = exec;
        this.jumps = new Jumps(exec, sync, this::spanFor);
        getStyleClass().add("comparison-view");
    }

    /** Shows these sources (the first is the reference) of this report with these filters. */
    public void show(ReportIndex idx, List<String> shownSources, Filters f) {
        show(idx, shownSources, f, false);
    }

    /**
     * As {@link #show(ReportIndex, List, Filters)}, every pane filled on this thread before it
     * returns: for a window not yet on screen, whose first layout (in {@code Stage.show}) then
     * takes the panes' text with it instead of paying for it in the first frames.
     */
    public void showAtOnce(ReportIndex idx, List<String> shownSources, Filters f) {
        show(idx, shownSources, f, true);
    }

    private void show(ReportIndex idx, List<String> shownSources, Filters f, boolean atOnce) {
        boolean newReport = idx != index;
        if (!shownSources.equals(sources) || panes.isEmpty()) {
            rebuildPanes(idx, shownSources);
        } else if (newReport) {
            // a fuller report of the same copies: keep the panes (their text stays), restyle them
            sync.detach();
            sync.attach(idx, panes);
            currentStop.set(-1);
        }
        if (newReport) {
            expanded.clear();
        }
        this.index = idx;
        this.filters = f;
        this.sources = List.copyOf(shownSources);
        strips.forEach(s -> s.setIndex(idx));
        if (atOnce) {
            int gen = ++generation;
            applyPane(gen, projections(idx, filters, sources, open()), ChangeIndex.build(idx, sources, filters), 0, true);
        } else {
            refresh();
        }
    }

    /** New panes only for copies not shown before: a kept pane keeps its text, cells and layout (the reference's, typically). */
    private void rebuildPanes(ReportIndex idx, List<String> shownSources) {
        sync.detach();
        Map<String, VersionPane> kept = new HashMap<>();
        panes.forEach(p -> kept.put(p.source(), p));
        panes.clear();
        strips.forEach(ConnectorStrip::dispose);
        strips.clear();
        getChildren().clear();
        for (String s : shownSources) {
            VersionPane pane = kept.remove(s);
            if (pane == null) {
                pane = new VersionPane(s, off -> tooltip(s, off), piece -> expand(s, piece));
                HBox.setHgrow(pane, Priority.ALWAYS);
                pane.setPrefWidth(200);
            }
            if (!panes.isEmpty()) {
                ConnectorStrip strip = new ConnectorStrip(panes.get(panes.size() - 1), pane);
                strips.add(strip);
                getChildren().add(strip);
            }
            panes.add(pane);
            getChildren().add(pane);
        }
        sync.attach(idx, panes);
        currentStop.set(-1);
    }

    /** Recomputes every pane's text and styles off the FX thread, then applies them. */
    public void refresh() {
        int gen = ++generation;
        ReportIndex idx = index;
        Filters f = filters;
        List<String> shown = sources;
        Map<String, Set<Integer>> open = open();
        exec.background().execute(() -> {
            List<Projection> out = projections(idx, f, shown, open);
            ChangeIndex ci = ChangeIndex.build(idx, shown, f);
            exec.fx().execute(() -> applyPane(gen, out, ci, 0, false));
        });
    }

    /** The expanded segments of each copy, copied for another thread. */
    private Map<String, Set<Integer>> open() {
        Map<String, Set<Integer>> open = new HashMap<>();
        expanded.forEach((k, v) -> open.put(k, Set.copyOf(v)));
        return open;
    }

    private static List<Projection> projections(ReportIndex idx, Filters f, List<String> shown, Map<String, Set<Integer>> open) {
        List<Projection> out = new ArrayList<>();
        for (String s : shown) {
            out.add(project(idx, s, f, new HashSet<>(shown), open.getOrDefault(s, Set.of())));
        }
        return out;
    }

    private record Projection(String source, PaneDocument doc, StyleSpans<Collection<String>> spans,
                              List<OverviewMap.Mark> marks) { }

    private static Projection project(ReportIndex idx, String source, Filters f, Set<String> shown, Set<Integer> open) {
        PaneDocument doc = PaneDocument.build(idx.article(source), f.hiddenRoles(), open);
        StyleSpans<Collection<String>> spans = StyleSpansProjector.project(idx, source, doc, shown, f);
        List<OverviewMap.Mark> marks = new ArrayList<>();
        double len = Math.max(1, doc.text().length());
        for (Finding finding : idx.findings(source)) {
            if (f.shows(finding.kind())) {
                int s = doc.toPane(finding.span().start());
                int e = doc.toPane(finding.span().end());
                marks.add(new OverviewMap.Mark(s / len, e / len, Styles.of(finding.kind()), s));
            }
        }
        return new Projection(source, doc, spans, marks);
    }

    /**
     * Swaps the projections in, one pane per frame (each pane's new cells are laid out in a
     * pulse of their own; all at once for a window not yet shown), then, a frame later, the
     * change index and strips.
     */
    private void applyPane(int gen, List<Projection> projections, ChangeIndex ci, int i, boolean atOnce) {
        if (gen != generation) {
            return; // a newer refresh is on its way
        }
        if (i < projections.size() && i < panes.size()) {
            Projection p = projections.get(i);
            VersionPane pane = panes.get(i);
            dress(pane, p.source(), i == 0); // language first: it decides how the text is run
            sync.quietly(() -> pane.show(p.doc(), p.spans(), p.marks()));
            paneSteps.set(paneSteps.get() + 1);
            FxStallProbe.mark("pane step " + i);
            if (atOnce) {
                applyPane(gen, projections, ci, i + 1, true);
            } else {
                exec.nextFrame().execute(() -> applyPane(gen, projections, ci, i + 1, false)); // each pane's layout in a pulse of its own
            }
            return;
        }
        this.changes = ci;
        currentStop.set(Math.min(currentStop.get(), ci.size() - 1));
        strips.forEach(ConnectorStrip::redrawLater);
        renders.set(renders.get() + 1);
        FxStallProbe.mark("panes styled");
        List<Runnable> then = new ArrayList<>(afterPanes);
        afterPanes.clear();
        exec.oneAFrame(then); // each list's first CSS pass and layout in a pulse of its own
    }

    /** Runs {@code task} (a frame after the one before it) once the panes have their next texts and styles. */
    public void afterPanes(Runnable task) {
        afterPanes.add(task);
    }

    /** The pane's header (file, language, translated or not) and its writing direction. */
    private void dress(VersionPane pane, String source, boolean reference) {
        var sum = index.summary(source);
        // a text-only first report (the analysis still running) has no language to name yet
        String lang = sum == null || index.report().alignment().isEmpty() && !index.report().complete() ? null : sum.language();
        var ref = index.summary(index.report().reference());
        boolean translated = !reference && ref != null && Languages.differ(lang, ref.language());
        pane.setHeader((reference ? "Reference: " : "") + index.fileName(source)
                + (lang == null ? "" : " \u00B7 " + Languages.name(lang))
                + (translated ? " \u00B7 translated from " + Languages.name(ref.language()) : ""));
        pane.setLanguage(lang);
    }

    private void expand(String source, PaneDocument.Piece piece) {
        expanded.computeIfAbsent(source, k -> new HashSet<>()).addAll(piece.hiddenSegments());
        refresh();
    }

    /** What a hover over a source offset explains: findings there, and what a changed word replaced. */
    String tooltip(String source, int offset) {
        if (index == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Finding f : index.findings(source)) {
            if (filters.shows(f.kind()) && f.span().contains(offset)) {
                sb.append(Styles.label(f.kind())).append(": ").append(f.explanation());
                if (f.counterpart() != null) {
                    sb.append("\nCounterpart (").append(index.fileName(f.counterpart().source())).append("): \u201C")
                      .append(f.counterpart().text()).append('\u201D');
                }
                sb.append("\n");
            }
        }
        for (ReportIndex.RowBlock b : index.blocks(source)) {
            if (!b.span().contains(offset)) {
                continue;
            }
            for (WordEdit e : b.row().edits()) {
                if (e.source().equals(source) && e.span().contains(offset)) {
                    String was = index.article(e.counterpartSource()).source().slice(e.counterpartSpan());
                    sb.append("Changed words; ").append(index.fileName(e.counterpartSource()))
                      .append(" has \u201C").append(was).append("\u201D\n");
                }
            }
        }
        return sb.toString().strip();
    }

    public void next() {
        goTo(changes == null ? -1 : changes.next(currentStop.get()));
    }

    public void previous() {
        goTo(changes == null ? -1 : changes.previous(currentStop.get()));
    }

    private void goTo(int stop) {
        if (stop < 0 || changes == null || stop >= changes.size()) {
            return;
        }
        currentStop.set(stop);
        ChangeIndex.Stop s = changes.stops().get(stop);
        reveal(s.spans());
    }

    /**
     * Selects a span in each pane that shows its source; a pane without one follows by row.
     * The first pane moves now and the others one per frame after it (see {@link Jumps}).
     */
    public void reveal(Map<String, Span> spans) {
        jumps.reveal(panes, spans);
    }

    private Span spanFor(VersionPane p, Map<String, Span> spans) {
        Span span = spans.get(p.source());
        return span != null ? span : alignedFor(p.source(), spans);
    }

    private Span alignedFor(String source, Map<String, Span> spans) {
        for (var e : spans.entrySet()) {
            ReportIndex.RowBlock b = index.blockAtOrAfter(e.getKey(), e.getValue().start());
            Span mine = b == null ? null : index.blockSpan(b.row(), source);
            if (mine != null) {
                return mine;
            }
        }
        return null;
    }

    /** Jumps to a finding: its span, its counterpart, and the aligned row in the other panes. */
    public void reveal(Finding f) {
        Map<String, Span> spans = new java.util.LinkedHashMap<>();
        spans.put(f.source(), f.span());
        if (f.counterpart() != null) {
            spans.put(f.counterpart().source(), f.counterpart().span());
        }
        reveal(spans);
    }

    public List<VersionPane> panes() {
        return List.copyOf(panes);
    }

    public List<ConnectorStrip> strips() {
        return List.copyOf(strips);
    }

    public VersionPane pane(String source) {
        return panes.stream().filter(p -> p.source().equals(source)).findFirst().orElse(null);
    }

    public ScrollSync scrollSync() {
        return sync;
    }

    public ChangeIndex changes() {
        return changes;
    }

    public IntegerProperty currentStopProperty() {
        return currentStop;
    }

    /** Counts applied projections; tests wait on it instead of on a clock. */
    public IntegerProperty rendersProperty() {
        return renders;
    }

    /** Counts panes filled (one FX task each); the first fill is the first text a reader sees. */
    public IntegerProperty paneStepsProperty() {
        return paneSteps;
    }

    public Set<String> shownSources() {
        return new LinkedHashSet<>(sources);
    }

    AlignmentRow rowOf(String source, int offset) {
        ReportIndex.RowBlock b = index == null ? null : index.blockAtOrAfter(source, offset);
        return b == null ? null : b.row();
    }
}
