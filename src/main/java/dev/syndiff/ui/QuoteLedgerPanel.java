package dev.syndiff.ui;

import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.QuoteVariant;
import dev.syndiff.core.model.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The quote ledger: a row per quote of the reference, a column per copy, the status colored. */
public final class QuoteLedgerPanel extends TableView<QuoteEntry> {
    private final Consumer<Map<String, Span>> reveal;

    public QuoteLedgerPanel(Consumer<Map<String, Span>> reveal) {
        this.reveal = reveal;
        setId("quote-ledger");
        getStyleClass().add("quote-ledger");
        setPlaceholder(new Label("No quotes in the reference."));
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().getSelectedCells().addListener((javafx.collections.ListChangeListener<Object>) c -> jump());
    }

    public void setReport(ReportIndex idx) {
        getColumns().clear();
        TableColumn<QuoteEntry, String> speaker = new TableColumn<>("Speaker");
        speaker.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().speaker() == null ? "" : c.getValue().speaker()));
        speaker.setPrefWidth(120);
        TableColumn<QuoteEntry, String> quote = new TableColumn<>("Quote in " + idx.fileName(idx.report().reference()));
        quote.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reference().text()));
        quote.setPrefWidth(320);
        getColumns().add(speaker);
        getColumns().add(quote);
        for (String source : idx.sourceIds()) {
            if (source.equals(idx.report().reference())) {
                continue;
            }
            TableColumn<QuoteEntry, QuoteVariant> col = new TableColumn<>(idx.fileName(source));
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(variant(c.getValue(), source)));
            col.setCellFactory(c -> new StatusCell());
            col.setPrefWidth(140);
            getColumns().add(col);
        }
        getItems().setAll(idx.report().quotes());
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
            getStyleClass().removeIf(s -> s.startsWith("quote-"));
            if (empty || v == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText((v.status() == QuoteStatus.ALTERED ? "\u26A0 " : "") + Styles.label(v.status()));
            getStyleClass().add(Styles.of(v.status()));
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
