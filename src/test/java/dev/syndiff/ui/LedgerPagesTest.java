package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The ledger shows its copies a page of columns at a time, and its buttons turn the pages. */
@ExtendWith(ApplicationExtension.class)
class LedgerPagesTest {
    private final ReportIndex idx = new ReportIndex(ReportFixture.report());
    private QuoteLedgerPanel ledger;

    @Start
    void start(Stage stage) {
        ledger = new QuoteLedgerPanel(spans -> { }, 2);
        stage.setScene(new Scene(new LedgerPager(ledger), 900, 300));
        stage.show();
    }

    private List<String> headers() {
        List<String> out = new ArrayList<>();
        for (TableColumn<?, ?> c : ledger.getColumns()) {
            out.add(c.getText());
        }
        return out;
    }

    @Test
    void copiesComeAPageAtATime(FxRobot robot) {
        robot.interact(() -> ledger.setReport(idx));
        List<String> copies = idx.sourceIds().stream().filter(s -> !s.equals(idx.report().reference())).map(idx::fileName).toList();
        assertThat(copies).hasSize(3);
        assertThat(ledger.pages()).isEqualTo(2);
        assertThat(ledger.pagedProperty().get()).isTrue();
        assertThat(headers()).hasSize(4).endsWith(copies.get(0), copies.get(1));
        assertThat(ledger.pageTextProperty().get()).isEqualTo("Copies 1\u20132 of 3");
        assertThat(ledger.getItems()).hasSize(idx.report().quotes().size());

        robot.clickOn("#ledger-next");
        assertThat(ledger.page()).isEqualTo(1);
        assertThat(headers()).hasSize(3).endsWith(copies.get(2));
        assertThat(ledger.pageTextProperty().get()).isEqualTo("Copies 3\u20133 of 3");
        assertThat(robot.lookup("#ledger-next").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> ledger.showPage(7)); // past the end: the last page
        assertThat(ledger.page()).isEqualTo(1);
        robot.clickOn("#ledger-previous");
        assertThat(ledger.page()).isZero();
        assertThat(headers()).endsWith(copies.get(0), copies.get(1));
    }

    @Test
    void aFewCopiesNeedNoPages(FxRobot robot) {
        QuoteLedgerPanel whole = new QuoteLedgerPanel(spans -> { });
        robot.interact(() -> whole.setReport(idx));
        assertThat(whole.pages()).isEqualTo(1);
        assertThat(whole.pagedProperty().get()).isFalse();
        assertThat(whole.getColumns()).hasSize(2 + 3);
    }

    @Test
    void itsFirstRowsComeOneThenTheRestAFrameLater(FxRobot robot) {
        robot.interact(() -> Theme.apply(ledger.getScene(), false)); // the fixed row height is in the stylesheet
        List<Runnable> later = new ArrayList<>();
        robot.interact(() -> ledger.setReport(idx, later::add));
        robot.interact(() -> later.get(0).run());
        assertThat(ledger.getItems()).hasSize(idx.report().quotes().size()).hasSizeGreaterThan(1);
        assertThat(filledRows(robot)).as("the rows' first frame: one row").isEqualTo(1);
        robot.interact(() -> later.get(1).run());
        assertThat(ledger.getMaxHeight()).isEqualTo(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        assertThat(filledRows(robot)).isEqualTo(idx.report().quotes().size());
    }

    private long filledRows(FxRobot robot) {
        return robot.from(ledger).lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.isVisible() && !r.isEmpty()).count();
    }

    @Test
    void itsRowsCanComeAFrameAfterItsColumnsAndAnOlderReportsRowsNeverDo(FxRobot robot) {
        List<Runnable> later = new ArrayList<>();
        robot.interact(() -> ledger.setReport(idx, later::add));
        assertThat(headers()).hasSize(4);
        assertThat(ledger.getItems()).as("rows wait for the next frame").isEmpty();
        ReportIndex newer = new ReportIndex(ReportFixture.report());
        robot.interact(() -> ledger.setReport(newer, later::add));
        robot.interact(() -> later.get(0).run()); // the older report's rows: dropped
        assertThat(ledger.getItems()).isEmpty();
        robot.interact(() -> later.get(1).run());
        assertThat(ledger.getItems()).containsExactlyElementsOf(newer.report().quotes());
    }
}
