package dev.syndiff.ui;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Spreads a table's first rows over two frames. The first time a table has items it makes a row
 * (a row skin, a cell per column, and their CSS) for every line of its viewport, empty lines
 * included, so the findings table's first frame with items took 44-82 ms at start-up on 50
 * copies, however few the items. Capped at one row for a frame, it pays its own first costs with
 * one row: 24-38 ms a frame for the two frames (six runs each).
 */
final class FirstRows {
    private final TableView<?> table;
    private boolean started;
    private boolean capped;

    FirstRows(TableView<?> table) {
        this.table = table;
    }

    /** Whether the table has yet to get its first items. */
    boolean pending() {
        return !started;
    }

    /**
     * Call as the table gets its first items: with {@code stepwise}, caps it at one row until
     * {@link #showAll}. Later calls do nothing.
     */
    void start(boolean stepwise) {
        if (started) {
            return;
        }
        started = true;
        double row = table.getFixedCellSize();
        Node header = table.lookup(".column-header-background");
        if (!stepwise || row <= 0 || header == null || table.getHeight() <= 0) {
            return; // not laid out yet: its first layout takes all its rows anyway
        }
        capped = true;
        // a pixel short of a second row: the flow makes a row while one would start within its viewport
        table.setMaxHeight(table.snappedTopInset() + header.getLayoutBounds().getHeight() + row - 1 + table.snappedBottomInset());
    }

    /** Lifts the cap (nothing when there is none). */
    void showAll() {
        if (capped) {
            capped = false;
            FxStallProbe.mark("first rows: all");
            table.setMaxHeight(Region.USE_COMPUTED_SIZE);
        }
    }
}
