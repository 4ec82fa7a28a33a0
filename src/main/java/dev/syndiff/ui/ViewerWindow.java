package dev.syndiff.ui;

import dev.syndiff.core.Options;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.SourceSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window's content: toolbar, sources, panes, findings and quote ledger, status bar.
 * It holds the view state (report, shown copies, filters) and wires the parts to it.
 */
public final class ViewerWindow extends BorderPane {
    private final UiExecutors exec;
    private final AnalysisRunner runner;
    private final ViewerPrefs prefs;
    private final ComparisonView comparison;
    private final FindingsPanel findings;
    private final QuoteLedgerPanel ledger;
    private final SourcesPanel sources;
    private final TriageBook triage;
    private final FindBar find;
    private final ViewerToolbar toolbar;
    private final Label status = new Label();
    private final Label banner = new Label();
    private final ProgressBar progress = new ProgressBar();
    private ReportIndex index;
    private ReportIndex ledgerReport;
    private int reportGeneration;
    private final VBox top;
    private final SidePanels panels;
    private Filters filters = Filters.all();
    private List<String> copies = new ArrayList<>();
    private List<Path> inputs = List.of();
    private Options options;

    public ViewerWindow(AnalysisRunner.Analyzer analyzer, UiExecutors exec, ViewerPrefs prefs, Options options) {
        this.exec = exec;
        this.prefs = prefs;
        this.options = options;
        this.runner = new AnalysisRunner(analyzer, exec);
        getStyleClass().add("viewer");
        triage = new TriageBook(exec, this::problem);
        comparison = new ComparisonView(exec);
        findings = new FindingsPanel(triage, this::revealFinding);
        ledger = new QuoteLedgerPanel(comparison::reveal);
        sources = new SourcesPanel(this::setShown, this::chooseReference, (s, span) -> comparison.reveal(Map.of(s, span)));
        find = new FindBar(comparison::panes);
        toolbar = new ViewerToolbar(this, prefs);

        panels = new SidePanels(exec, sources, findings, ledger, this::fillLedgerIfShown);
        top = new VBox(comparison); // the find bar joins it when first opened (its text field's skin is costly at start)
        VBox.setVgrow(comparison, Priority.ALWAYS);
        SplitPane center = new SplitPane(top, panels.bottomSlot());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.64);
        SplitPane main = new SplitPane(panels.leftSlot(), center);
        main.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(panels.leftSlot(), false);

        banner.getStyleClass().add("banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setVisible(false);
        banner.setManaged(false);
        banner.setOnMouseClicked(e -> hideBanner());
        setTop(new VBox(toolbar, banner));
        setCenter(main);
        setBottom(statusBar());
        installKeys();
        installDragAndDrop();
    }

    private HBox statusBar() {
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(runner.runningProperty());
        progress.setPrefWidth(180);
        Label stage = new Label();
        stage.textProperty().bind(runner.stageProperty());
        stage.visibleProperty().bind(runner.runningProperty());
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId("cancel-button");
        cancel.visibleProperty().bind(runner.runningProperty());
        cancel.setOnAction(e -> runner.cancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        status.setId("status");
        HBox bar = new HBox(8, status, grow, stage, progress, cancel);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void installKeys() {
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                comparison.next();
            } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                comparison.previous();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                openFind();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.O) {
                toolbar.openFolder();
            } else {
                return;
            }
            e.consume();
        });
    }

    private void installDragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                open(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Opens a bundle (a folder, files or a .zip) and analyses it off the FX thread. */
    public void open(List<Path> paths) {
        if (!inputs.isEmpty() && !paths.equals(inputs)) {
            options = options.withReference(null); // a reference chosen for another bundle means nothing here
        }
        inputs = List.copyOf(paths);
        hideBanner();
        status.setText("Analysing " + StatusTexts.inputs(paths) + " \u2026");
        runner.start(inputs, options, showing(() -> {
            if (paths.size() == 1) {
                prefs.addRecent(paths.get(0));
                toolbar.refreshRecent();
            }
        }));
    }

    /** A run's reports are shown (then {@code afterEach}), its failure or cancellation said in words. */
    private AnalysisRunner.Listener showing(Runnable afterEach) {
        return new AnalysisRunner.Listener() {
            @Override
            public void report(ReportIndex idx) {
                showReport(idx);
                afterEach.run();
            }

            @Override
            public void failed(Throwable error) {
                problem(StatusTexts.error(error));
            }

            @Override
            public void cancelled() {
                status.setText("Analysis cancelled.");
            }
        };
    }

    /** Shows a report; keeps the shown copies where they still exist. */
    public void showReport(ReportIndex idx) {
        showReport(idx, false);
    }

    /**
     * Shows a first report in a window not on screen yet: its panes filled and its side panels
     * placed before this returns (see {@link ComparisonView#showAtOnce}), so the window's first
     * layout takes them all; the run delivering the same report later changes nothing.
     */
    void showFirst(ComparisonReport report) {
        Languages.prepare(report.sources().stream().map(s -> s.language()).toList());
        showReport(new ReportIndex(report), true);
    }

    private void showReport(ReportIndex idx, boolean atOnce) {
        if (index != null && index.report() == idx.report()) {
            return; // shown already (by showFirst)
        }
        FxStallProbe.mark("report arrives (" + idx.report().alignment().size() + " rows, " + idx.report().findings().size()
                + " findings, complete " + idx.report().complete() + ")");
        String ref = idx.report().reference();
        List<String> keep = copies.stream().filter(c -> idx.article(c) != null && !c.equals(ref)).toList();
        if (keep.isEmpty()) {
            keep = requestedCopies(idx, ref);
        }
        if (keep.isEmpty()) {
            keep = idx.report().sources().stream().filter(s -> !s.id().equals(ref))
                    .sorted((a, b) -> Boolean.compare(b.sameStory(), a.sameStory()))
                    .map(SourceSummary::id).limit(1).toList();
        }
        this.index = idx;
        this.copies = new ArrayList<>(keep);
        int gen = ++reportGeneration;
        sources.stopFilling(); // an older report's entries are not worth finishing: this one's replace them
        status.setText(StatusTexts.totals(idx.report()));
        // the panes first (what the reader reads); then, a frame apart, the side panels and the lists
        if (!panels.allPlaced()) {
            // not on screen yet: the first layout takes them all; else each waits for the panes
            panels.placements().forEach(atOnce ? Runnable::run : comparison::afterPanes);
        }
        boolean stepwise = !atOnce && findings.firstRowsPending(); // its first rows over two frames
        comparison.afterPanes(() -> {
            if (gen == reportGeneration) {
                triage.open(idx.report().bundleName(), Path.of(idx.report().bundlePath()));
                findings.setReport(idx, filters, stepwise);
            }
        });
        if (stepwise) {
            comparison.afterPanes(findings::revealRows);
        }
        comparison.afterPanes(() -> {
            if (gen == reportGeneration) {
                sources.setReport(idx, shown(), exec.afterPaint()); // a few copies a frame
            }
        });
        comparison.afterPanes(() -> {
            if (gen == reportGeneration) {
                ledgerReport = idx;
                fillLedgerIfShown();
            }
        });
        if (atOnce) {
            comparison.showAtOnce(idx, shown(), filters);
        } else {
            comparison.show(idx, shown(), filters);
        }
        if (!idx.report().warnings().isEmpty()) {
            problem(idx.report().warnings().size() + " file(s) could not be read: "
                    + String.join("; ", idx.report().warnings().stream().map(Object::toString).toList()));
        }
    }

    /** The quote ledger (a column per copy) is built when its tab is in view, not before. */
    private void fillLedgerIfShown() {
        if (ledgerReport != null && panels.ledgerShown()) {
            FxStallProbe.mark("ledger columns");
            // the first time, its rows a frame after its columns (later reports find the code warm)
            ledger.setReport(ledgerReport, ledger.getItems().isEmpty() ? exec.afterPaint() : Runnable::run);
            ledgerReport = null;
        }
    }

    /** Copies named by -Dsyndiff.show=ID,ID (for documentation screenshots), in that order. */
    private static List<String> requestedCopies(ReportIndex idx, String ref) {
        String wanted = System.getProperty("syndiff.show", "");
        return java.util.Arrays.stream(wanted.split(",")).map(String::strip)
                .filter(id -> idx.article(id) != null && !id.equals(ref))
                .limit(ComparisonView.MAX_COPIES).toList();
    }

    private List<String> shown() {
        List<String> out = new ArrayList<>();
        out.add(index.report().reference());
        out.addAll(copies);
        return out;
    }

    void setShown(List<String> ids) {
        String ref = index.report().reference();
        copies = new ArrayList<>(ids.stream().filter(i -> !i.equals(ref)).limit(ComparisonView.MAX_COPIES).toList());
        comparison.show(index, shown(), filters);
    }

    void chooseReference(String id) {
        SourceSummary s = index.summary(id);
        options = options.withReference(s == null ? id : s.file());
        copies.remove(id);
        copies.add(0, index.report().reference());
        runner.start(inputs, options, showing(() -> { }));
    }

    public void setKindShown(FindingKind kind, boolean on) {
        setFilters(filters.toggle(kind, on));
    }

    public void setRoleShown(Role role, boolean on) {
        setFilters(filters.toggle(role, on));
    }

    private void setFilters(Filters f) {
        filters = f;
        if (index != null) {
            findings.setFilters(f);
            comparison.show(index, shown(), f);
        }
    }

    private void revealFinding(Finding f) {
        if (index != null && !shown().contains(f.source())) {
            if (!copies.isEmpty()) { // it takes the last copy's place: no column is added, so no pane re-wraps
                copies.remove(copies.size() - 1);
            }
            copies.add(f.source());
            sources.markShown(shown());
            comparison.show(index, shown(), filters);
        }
        comparison.reveal(f);
    }

    void problem(String message) {
        if (index == null) {
            panels.placeOneAFrame(); // no panes are coming: nothing to wait for
        }
        banner.setText("\u26A0 " + message + "   (click to close)");
        banner.setVisible(true);
        banner.setManaged(true);
    }

    private void hideBanner() {
        banner.setVisible(false);
        banner.setManaged(false);
    }

    /** How many of the two side slots (sources and legend; findings and ledger) hold their panels. */
    int sidePanelsPlaced() {
        return panels.slotsFilled();
    }

    ViewerToolbar toolbar() {
        return toolbar;
    }

    void openFind() {
        if (top.getChildren().get(0) != find) {
            top.getChildren().add(0, find);
        }
        find.open();
    }

    public ComparisonView comparison() {
        return comparison;
    }

    public FindingsPanel findings() {
        return findings;
    }

    /** Opens the quote ledger's tab (or the findings' tab), as a click on its label does. */
    void showLedger(boolean ledgerShown) {
        panels.showLedger(ledgerShown);
    }

    public QuoteLedgerPanel ledger() {
        return ledger;
    }

    public SourcesPanel sources() {
        return sources;
    }

    public TriageBook triage() {
        return triage;
    }

    public AnalysisRunner runner() {
        return runner;
    }

    public ReportIndex index() {
        return index;
    }

    public Filters filters() {
        return filters;
    }

    public Label banner() {
        return banner;
    }

    public Label status() {
        return status;
    }

    public UiExecutors executors() {
        return exec;
    }

}
