package dev.syndiff.ui;

import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.WordEdit;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The key to the colors: the same CSS classes as the panes, the map and the strips. */
public final class Legend extends VBox {
    /** The finding kinds only; {@link #complete()} adds the rest (a frame later: forty labels' skins at once are costly). */
    public Legend() {
        super(4);
        getStyleClass().add("legend");
        getChildren().add(title("Findings"));
        FlowPane kinds = flow();
        for (FindingKind k : FindingKind.values()) {
            kinds.getChildren().add(swatch(Styles.label(k), "finding", Styles.of(k)));
        }
        getChildren().add(kinds);
    }

    /** Adds the words and rows, the muted roles and the ledger's colors (once). */
    public void complete() {
        if (isComplete()) {
            return;
        }
        getChildren().add(title("Words and rows"));
        FlowPane words = flow();
        words.getChildren().add(swatch("changed words", Styles.of(WordEdit.Type.CHANGE)));
        words.getChildren().add(swatch("their counterpart", "edit-counterpart"));
        words.getChildren().add(swatch("counterpart of a finding", "counterpart"));
        for (Relation r : Relation.values()) {
            words.getChildren().add(swatch(Styles.label(r), "legend-band", Styles.of(r)));
        }
        getChildren().add(words);
        getChildren().add(title("Muted roles"));
        FlowPane roles = flow();
        for (Role r : Role.values()) {
            if (Styles.muted(r)) {
                roles.getChildren().add(swatch(Styles.label(r), Styles.of(r)));
            }
        }
        getChildren().add(roles);
        getChildren().add(title("Quote ledger"));
        FlowPane quotes = flow();
        for (QuoteStatus s : QuoteStatus.values()) {
            quotes.getChildren().add(swatch(Styles.label(s), Styles.of(s)));
        }
        getChildren().add(quotes);
    }

    public boolean isComplete() {
        return getChildren().size() > 2;
    }

    private static FlowPane flow() {
        return new FlowPane(4, 4);
    }

    private static Label title(String t) {
        Label l = new Label(t);
        l.getStyleClass().add("legend-title");
        return l;
    }

    private static Label swatch(String text, String... classes) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-swatch");
        l.getStyleClass().addAll(classes);
        return l;
    }
}
