package dev.syndiff.ui;

import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's side panels and the order they join it in. The sources list, legend, findings and
 * ledger go into their places once the first panes are on screen, one piece a frame: the window's
 * first CSS pass and layout then hold only the toolbar and the panes, the text the reader came for,
 * and no later frame carries more than one panel's first skins and CSS.
 */
final class SidePanels {
    private final UiExecutors exec;
    private final FindingsPanel findings;
    private final StackPane leftSlot = new StackPane();
    private final StackPane bottomSlot = new StackPane();
    private final VBox left;
    private final Legend legend = new Legend();
    private final Tab findingsTab = new Tab("Findings"); // the table joins a frame after the tabs
    private final Tab ledgerTab = new Tab("Quote ledger"); // its table joins when the tab is first opened
    private final TabPane tabs = new TabPane(findingsTab, ledgerTab);

    /** {@code fillLedger} fills the ledger if its tab is shown and a report waits for it. */
    SidePanels(UiExecutors exec, SourcesPanel sources, FindingsPanel findings, QuoteLedgerPanel ledger, Runnable fillLedger) {
        this.exec = exec;
        this.findings = findings;
        ledgerTab.selectedProperty().addListener((o, a, on) -> {
            if (on && ledgerTab.getContent() == null) {
                ledgerTab.setContent(new LedgerPager(ledger));
                exec.afterPaint().execute(fillLedger); // the empty table's first CSS pass in a frame of its own
            } else {
                fillLedger.run();
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        left = new VBox(6, sources); // the legend joins a frame after the sources list
        VBox.setVgrow(sources, Priority.ALWAYS);
        leftSlot.getStyleClass().add("left-column");
        bottomSlot.getStyleClass().add("bottom-slot");
    }

    StackPane leftSlot() {
        return leftSlot;
    }

    StackPane bottomSlot() {
        return bottomSlot;
    }

    /** The steps that place the panels, one a frame, in order; each does nothing once done. */
    List<Runnable> placements() {
        return List.of(this::placeLeftPanel, this::placeTabs, this::placeFindingsTable, findings::placeTriageBar,
                this::placeLegend, legend::complete);
    }

    /** Places them one a frame from now (when no panes are coming to wait for). */
    void placeOneAFrame() {
        exec.oneAFrame(placements());
    }

    /** True once every side panel, the triage bar and the whole legend are in the window. */
    boolean allPlaced() {
        return !leftSlot.getChildren().isEmpty() && !bottomSlot.getChildren().isEmpty() && findingsTab.getContent() != null
                && findings.getBottom() != null && legend.isComplete();
    }

    /** How many of the two slots (sources and legend; findings and ledger) hold their panels. */
    int slotsFilled() {
        return leftSlot.getChildren().size() + bottomSlot.getChildren().size();
    }

    boolean ledgerShown() {
        return ledgerTab.isSelected();
    }

    /** Opens the quote ledger's tab (or the findings' tab), as a click on its label does. */
    void showLedger(boolean shown) {
        tabs.getSelectionModel().select(shown ? ledgerTab : findingsTab);
    }

    private void placeLeftPanel() {
        if (leftSlot.getChildren().isEmpty()) {
            FxStallProbe.mark("left panel placed");
            leftSlot.getChildren().setAll(left);
        }
    }

    private void placeTabs() {
        if (bottomSlot.getChildren().isEmpty()) {
            FxStallProbe.mark("tabs placed");
            bottomSlot.getChildren().setAll(tabs);
        }
    }

    private void placeFindingsTable() {
        if (findingsTab.getContent() == null) {
            FxStallProbe.mark("findings table placed");
            findingsTab.setContent(findings);
        }
    }

    private void placeLegend() {
        if (left.getChildren().size() == 1) {
            FxStallProbe.mark("legend placed");
            left.getChildren().add(legend);
        }
    }
}
