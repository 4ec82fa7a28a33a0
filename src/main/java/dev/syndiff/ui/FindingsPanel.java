package dev.syndiff.ui;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.TriageMark;
import java.util.Comparator;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The findings, ranked (altered quotes, then meaning changes, then the rest), sortable by
 * column; selecting one reveals it in the panes. Triage from the keyboard: C confirms,
 * D dismisses, X clears, N edits the note.
 */
public final class FindingsPanel extends BorderPane {
    static final Comparator<Finding> RANKED = Comparator.comparingInt((Finding f) -> f.kind().rank())
            .thenComparing(Finding::source).thenComparing(Finding::span);

    static final String NONE_SHOWN = "No findings for the shown kinds.";
    static final String COMPARING = "Comparing the copies\u2026 their findings will be listed here.";
    private final Label placeholder = new Label(COMPARING);
    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    private final FilteredList<Finding> filtered = new FilteredList<>(all);
    private final TableView<Finding> table = new TableView<>();
    private final TextField note = new TextField();
    private final HBox bar;
    private final TriageBook triage;
    private ReportIndex index;
    private final FirstRows firstRows = new FirstRows(table);

    public FindingsPanel(TriageBook triage, Consumer<Finding> reveal) {
        this.triage = triage;
        getStyleClass().add("findings-panel");
        table.setId("findings-table");
        SortedList<Finding> sorted = new SortedList<>(filtered);
        // with no column sorted, the ranked order holds
        sorted.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> table.getComparator() == null ? RANKED : table.getComparator().thenComparing(RANKED),
                table.comparatorProperty()));
        table.setItems(sorted);
        table.getColumns().add(column("\u2713", 34, f -> verdictText(triage.get(f))));
        TableColumn<Finding, Finding> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        kind.setComparator(Comparator.comparingInt(f -> f.kind().rank()));
        kind.setCellFactory(c -> new KindCell());
        kind.setPrefWidth(130);
        table.getColumns().add(kind);
        table.getColumns().add(column("Copy", 150, f -> index == null ? f.source() : index.fileName(f.source())));
        table.getColumns().add(column("Excerpt", 260, f -> excerpt(f)));
        table.getColumns().add(column("Explanation", 480, Finding::explanation));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                reveal.accept(f);
                TriageMark m = triage.get(f);
                note.setText(m == null ? "" : m.note());
            }
        });
        table.setOnKeyPressed(e -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (f == null) {
                return;
            }
            switch (e.getCode()) {
                case C -> mark(f, TriageMark.Verdict.CONFIRMED);
                case D -> mark(f, TriageMark.Verdict.DISMISSED);
                case X -> mark(f, null);
                case N -> note.requestFocus();
                default -> { return; }
            }
            e.consume();
        });
        triage.marks().addListener((javafx.collections.MapChangeListener<String, TriageMark>) c -> table.refresh());
        note.setPromptText("Note on the selected finding (Enter saves; C confirm, D dismiss, X clear, N note)");
        note.setOnAction(e -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (f != null) {
                TriageMark m = triage.get(f);
                triage.mark(f, m == null ? TriageMark.Verdict.CONFIRMED : m.verdict(), note.getText());
                table.requestFocus();
            }
        });
        Button confirm = new Button("Confirm (C)");
        confirm.setOnAction(e -> selected(TriageMark.Verdict.CONFIRMED));
        Button dismiss = new Button("Dismiss (D)");
        dismiss.setOnAction(e -> selected(TriageMark.Verdict.DISMISSED));
        HBox.setHgrow(note, Priority.ALWAYS);
        bar = new HBox(6, confirm, dismiss, note);
        bar.setPadding(new Insets(4));
        // rows compare findings by identity: a report's findings are new objects, and a record's
        // equals compares every field (its first call also links method handles on this thread)
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected boolean isItemChanged(Finding was, Finding now) {
                return was != now;
            }
        });
        setCenter(table);
        BorderPane.setAlignment(table, Pos.TOP_LEFT); // capped at one row for its first frame, it sits at the top
    }

    /** The triage bar joins the panel a frame after the table (a text field's skin and CSS are costly). */
    public void placeTriageBar() {
        if (getBottom() == null) {
            FxStallProbe.mark("triage bar placed");
            setBottom(bar);
        }
    }

    private void selected(TriageMark.Verdict v) {
        Finding f = table.getSelectionModel().getSelectedItem();
        if (f != null) {
            mark(f, v);
        }
    }

    private void mark(Finding f, TriageMark.Verdict v) {
        triage.mark(f, v, note.getText());
        int i = table.getSelectionModel().getSelectedIndex();
        if (v != null && i + 1 < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(i + 1); // walk on to the next finding
            table.scrollTo(Math.max(0, i - 3));
        }
    }

    /**
     * Lists the report's findings. With {@code stepwise}, the table's first rows ever take two
     * frames: one row now, the others when the caller runs {@link #revealRows} a frame later.
     */
    public void setReport(ReportIndex idx, Filters filters, boolean stepwise) {
        this.index = idx;
        // a report whose copies are not compared yet has no findings to speak of
        boolean compared = idx.report().complete() || !idx.report().alignment().isEmpty();
        placeholder.setText(compared ? NONE_SHOWN : COMPARING);
        if (!idx.report().findings().isEmpty()) {
            firstRows.start(stepwise);
        }
        all.setAll(idx.report().findings());
        setFilters(filters);
    }

    /** Whether the table has yet to make its first rows (a report with findings has not come yet). */
    public boolean firstRowsPending() {
        return firstRows.pending();
    }

    /** Shows all the rows of the table's first filling (nothing when they are). */
    public void revealRows() {
        firstRows.showAll();
    }

    public void setFilters(Filters filters) {
        filtered.setPredicate(f -> filters.shows(f.kind()));
    }

    public TableView<Finding> table() {
        return table;
    }

    /** Runs of white space, one space in an excerpt (compiled once: each visible row asks twice). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String excerpt(Finding f) {
        String t = f.text() == null ? "" : SPACES.matcher(f.text()).replaceAll(" ");
        String s = t.length() > 90 ? t.substring(0, 87) + "\u2026" : t;
        if (f.counterpart() != null) {
            String c = SPACES.matcher(f.counterpart().text()).replaceAll(" ");
            s += "  \u2194  " + (c.length() > 60 ? c.substring(0, 57) + "\u2026" : c);
        }
        return s;
    }

    private static String verdictText(TriageMark m) {
        if (m == null) {
            return "";
        }
        return (m.verdict() == TriageMark.Verdict.CONFIRMED ? "\u2713" : "\u2717") + (m.note().isBlank() ? "" : "*");
    }

    private static TableColumn<Finding, String> column(String title, double width, java.util.function.Function<Finding, String> value) {
        TableColumn<Finding, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The kind's name on its own color, the same class the panes use. */
    static final class KindCell extends TableCell<Finding, Finding> {
        @Override
        protected boolean isItemChanged(Finding was, Finding now) {
            return was != now;
        }

        @Override
        public void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            boolean none = empty || f == null;
            Styles.swap(getStyleClass(), "diff-", none ? null : Styles.of(f.kind()));
            if (none) {
                setText(null);
                return;
            }
            setText(Styles.label(f.kind()));
            if (!getStyleClass().contains("kind-cell")) {
                getStyleClass().add("kind-cell");
            }
        }
    }
}
