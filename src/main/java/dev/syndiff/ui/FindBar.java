package dev.syndiff.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.StyleClassedTextArea;

/** Ctrl+F: finds text in the shown panes, one match after another, pane by pane. */
public final class FindBar extends HBox {
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Supplier<List<VersionPane>> panes;
    private int paneAt;
    private int from;

    public FindBar(Supplier<List<VersionPane>> panes) {
        super(6);
        this.panes = panes;
        getStyleClass().add("find-bar");
        field.setId("find-field");
        field.setPromptText("Find in the panes (Enter: next, Esc: close)");
        field.setPrefColumnCount(30);
        field.textProperty().addListener((o, a, b) -> {
            paneAt = 0;
            from = 0;
            findNext();
        });
        field.setOnAction(e -> findNext());
        Button next = new Button("Next");
        next.setOnAction(e -> findNext());
        Button close = new Button("\u2715");
        close.setOnAction(e -> hide());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        getChildren().addAll(new Label("Find:"), field, next, count, close);
        setVisible(false);
        setManaged(false);
    }

    public void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    public TextField field() {
        return field;
    }

    /** Selects the next match after the last one, moving on to the next pane at a pane's end. */
    public void findNext() {
        String q = field.getText().toLowerCase(Locale.ROOT);
        List<VersionPane> list = panes.get();
        if (q.isEmpty() || list.isEmpty()) {
            count.setText("");
            return;
        }
        for (int tries = 0; tries <= list.size(); tries++) {
            StyleClassedTextArea area = list.get(paneAt % list.size()).area();
            int at = area.getText().toLowerCase(Locale.ROOT).indexOf(q, from);
            if (at >= 0) {
                area.selectRange(at, at + q.length());
                area.requestFollowCaret();
                from = at + q.length();
                count.setText("in " + list.get(paneAt % list.size()).source());
                return;
            }
            paneAt = (paneAt + 1) % list.size();
            from = 0;
        }
        count.setText("not found");
    }
}
