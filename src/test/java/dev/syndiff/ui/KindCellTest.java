package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Span;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The findings list's kind cell changes its style classes only when the kind changes (each change costs a CSS pass). */
@ExtendWith(ApplicationExtension.class)
class KindCellTest {
    private static Finding of(FindingKind kind) {
        return new Finding("F1", kind, "a", new Span(0, 4), "text", null, 0.9, "why");
    }

    @Test
    void theSameKindAgainLeavesTheStyleClassesAlone(FxRobot robot) {
        FindingsPanel.KindCell cell = new FindingsPanel.KindCell();
        AtomicInteger changes = new AtomicInteger();
        robot.interact(() -> {
            cell.updateItem(of(FindingKind.ALTERED_QUOTE), false);
            cell.getStyleClass().addListener((ListChangeListener<String>) c -> changes.incrementAndGet());
            cell.updateItem(of(FindingKind.ALTERED_QUOTE), false);
        });
        assertThat(changes).hasValue(0);
        assertThat(cell.getStyleClass()).contains("kind-cell", Styles.of(FindingKind.ALTERED_QUOTE));
        assertThat(cell.getText()).isEqualTo(Styles.label(FindingKind.ALTERED_QUOTE));

        robot.interact(() -> cell.updateItem(of(FindingKind.PARAPHRASE), false));
        assertThat(cell.getStyleClass()).contains(Styles.of(FindingKind.PARAPHRASE))
                .doesNotContain(Styles.of(FindingKind.ALTERED_QUOTE));

        robot.interact(() -> cell.updateItem(null, true));
        assertThat(cell.getStyleClass()).noneMatch(s -> s.startsWith("diff-"));
        assertThat(cell.getText()).isNull();
    }

    @Test
    void aSwapTouchesTheClassesOnlyWhereTheyDiffer() {
        javafx.collections.ObservableList<String> classes = javafx.collections.FXCollections.observableArrayList("cell", "quote-exact");
        AtomicInteger changes = new AtomicInteger();
        classes.addListener((ListChangeListener<String>) c -> changes.incrementAndGet());
        Styles.swap(classes, "quote-", "quote-exact");
        assertThat(changes).hasValue(0);
        Styles.swap(classes, "quote-", "quote-altered");
        assertThat(classes).containsExactly("cell", "quote-altered");
        Styles.swap(classes, "quote-", null);
        assertThat(classes).containsExactly("cell");
    }
}
