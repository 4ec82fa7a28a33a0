package dev.syndiff.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The quote ledger with, above it, the page of copies it shows and buttons to the other pages. */
final class LedgerPager extends BorderPane {
    LedgerPager(QuoteLedgerPanel ledger) {
        Button previous = new Button("\u25C0 Previous copies");
        previous.setId("ledger-previous");
        previous.setOnAction(e -> ledger.showPage(ledger.page() - 1));
        Button next = new Button("Next copies \u25B6");
        next.setId("ledger-next");
        next.setOnAction(e -> ledger.showPage(ledger.page() + 1));
        Label shown = new Label();
        shown.setId("ledger-page");
        shown.textProperty().bind(ledger.pageTextProperty());
        ledger.pageTextProperty().addListener((o, a, b) -> {
            previous.setDisable(ledger.page() == 0);
            next.setDisable(ledger.page() >= ledger.pages() - 1);
        });
        HBox bar = new HBox(8, previous, shown, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        bar.visibleProperty().bind(ledger.pagedProperty());
        bar.managedProperty().bind(ledger.pagedProperty());
        setTop(bar);
        setCenter(ledger);
        setAlignment(ledger, Pos.TOP_LEFT); // capped at one row for its first frame, it sits at the top
    }
}
