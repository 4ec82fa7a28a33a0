package dev.syndiff.ui;

import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.QuoteVariant;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The quote ledger: a row per quote of the reference, a column per copy, the status colored.
 * The copies come a page of columns at a time: a table builds and updates a cell for every
 * column of every row, and fifty copies' columns at once held the FX thread for a third of a second.
 */
public final class QuoteLedgerPanel extends TableView<QuoteEntry> {
    static final int PAGE = 6;
    private final Consumer<Map<String, Span>> reveal;
    private final int pageSize;
    private final StringProperty pageText = new SimpleStringProperty("");
    private final BooleanProperty paged = new SimpleBooleanProperty();
    private ReportIndex index;
    private final FirstRows firstRows = new FirstRows(this);
    private List<String> copies = List.of();
    private int page;

    public QuoteLedgerPanel(Consumer<Map<String, Span>> reveal) {
        this(reveal, PAGE);
    }

    QuoteLedgerPanel(Consumer<Map<String, Span>> reveal, int pageSize) {
        this.reveal = reveal;
        this.pageSize = pageSize;
        setId("quote-ledger");
        getStyleClass().add("quote-ledger");
        setPlaceholder(new Label("No quotes in the reference."));
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().getSelectedCells().addListener((javafx.collections.ListChangeListener<Object>) c -> jump());
    }

    public void setReport(ReportIndex idx) {
        setReport(idx, Runnable::run);
    }

    /**
     * The report's columns now and its rows on {@code later} (the next frame, in the window): a
     * first filling of both in one frame took 56-59 ms on 50 copies. The table's first rows ever
     * take two runs of {@code later} (one row, then the rest: see {@link FirstRows}).
     */
    public void setReport(ReportIndex idx, java.util.concurrent.Executor later) {
        index = idx;
        copies = idx.sourceIds().stream().filter(s -> !s.equals(idx.report().reference())).toList();
        paged.set(copies.size() > pageSize);
        getItems().clear();
        showPage(0);
        later.execute(() -> {
            if (index == idx) {
                if (!idx.report().quotes().isEmpty()) {
                    firstRows.start(true);
                }
                getItems().setAll(idx.report().quotes());
                later.execute(firstRows::showAll);
            }
        });
    }

    /** Shows the copies of page {@code p} (from 0) as columns, beside the speaker and the reference's quote. */
    public void showPage(int p) {
        if (index == null) {
            return;
        }
        page = Math.max(0, Math.min(p, pages() - 1));
        TableColumn<QuoteEntry, String> speaker = new TableColumn<>("Speaker");
        speaker.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().speaker() == null ? "" : c.getValue().speaker()));
        speaker.setPrefWidth(120);
        TableColumn<QuoteEntry, String> quote = new TableColumn<>("Quote in " + index.fileName(index.report().reference()));
        quote.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference().text()));
        quote.setPrefWidth(320);
        List<TableColumn<QuoteEntry, ?>> cols = new ArrayList<>(List.of(speaker, quote));
        int from = page * pageSize;
        int to = Math.min(copies.size(), from + pageSize);
        for (String source : copies.subList(from, to)) {
            TableColumn<QuoteEntry, QuoteVariant> col = new TableColumn<>(index.fileName(source));
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(variant(c.getValue(), source)));
            col.setCellFactory(c -> new StatusCell());
            col.setPrefWidth(140);
            cols.add(col);
        }
        getColumns().setAll(cols);
        pageText.set(copies.isEmpty() ? "" : "Copies " + (from + 1) + "\u2013" + to + " of " + copies.size());
    }

    public int page() {
        return page;
    }

    public int pages() {
        return Math.max(1, (copies.size() + pageSize - 1) / pageSize);
    }

    /** "Copies 9–16 of 49": what the page shows. */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    /** True when the copies take more than one page. */
    public ReadOnlyBooleanProperty pagedProperty() {
        return paged;
    }

    private void jump() {
        if (getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        var pos = getSelectionModel().getSelectedCells().get(0);
        QuoteEntry e = getItems().get(pos.getRow());
        Map<String, Span> spans = new LinkedHashMap<>();
        spans.put(e.reference().source(), e.reference().span());
        if (pos.getTableColumn() != null && pos.getTableColumn().getCellData(pos.getRow()) instanceof QuoteVariant v) {
            if (v.span() != null) {
                spans.put(v.source(), v.span());
            }
        } else {
            e.variants().stream().filter(v -> v.span() != null).forEach(v -> spans.putIfAbsent(v.source(), v.span()));
        }
        reveal.accept(spans);
    }

    static QuoteVariant variant(QuoteEntry e, String source) {
        return e.variants().stream().filter(v -> v.source().equals(source)).findFirst().orElse(null);
    }

    /** A copy's status, colored by the same class names as the legend. */
    private static final class StatusCell extends TableCell<QuoteEntry, QuoteVariant> {
        @Override
        protected void updateItem(QuoteVariant v, boolean empty) {
            super.updateItem(v, empty);
            Styles.swap(getStyleClass(), "quote-", empty || v == null ? null : Styles.of(v.status()));
            if (empty || v == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText((v.status() == QuoteStatus.ALTERED ? "\u26A0 " : "") + Styles.label(v.status()));
            setTooltip(null);
            // a Tooltip is a popup window: make it when the pointer arrives, not for every cell
            setOnMouseEntered(v.text() == null ? null : e -> {
                if (getTooltip() == null) {
                    setTooltip(new javafx.scene.control.Tooltip(v.text()));
                }
            });
        }
    }
}
