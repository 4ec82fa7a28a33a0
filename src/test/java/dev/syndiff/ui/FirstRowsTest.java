package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The findings table's first rows ever come a few a frame; later reports fill it at once. */
@ExtendWith(ApplicationExtension.class)
class FirstRowsTest {
    private final ReportIndex idx = new ReportIndex(ReportFixture.report());
    private FindingsPanel panel;

    @Start
    void start(Stage stage) {
        panel = new FindingsPanel(new TriageBook(new UiExecutors(Runnable::run, Runnable::run), m -> { }), f -> { });
        Scene scene = new Scene(panel, 900, 420);
        Theme.apply(scene, false); // the fixed row height is in the stylesheet
        stage.setScene(scene);
        stage.show();
    }

    /** The rows the table has made that show a finding. */
    private long filledRows(FxRobot robot) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && !r.isEmpty()).count();
    }

    @Test
    void theFirstRowsComeOneThenTheRestAFrameLater(FxRobot robot) {
        assertThat(idx.report().findings()).hasSizeGreaterThan(4);
        assertThat(panel.firstRowsPending()).isTrue();

        robot.interact(() -> panel.setReport(idx, Filters.all(), true));
        assertThat(panel.firstRowsPending()).isFalse();
        assertThat(panel.table().getItems()).hasSameSizeAs(idx.report().findings());
        assertThat(filledRows(robot)).as("the first frame: one row").isEqualTo(1);

        robot.interact(panel::revealRows);
        assertThat(panel.table().getMaxHeight()).as("the cap is lifted").isEqualTo(Region.USE_COMPUTED_SIZE);
        assertThat(filledRows(robot)).isGreaterThan(4);
        assertThat(panel.table().getHeight()).as("the table fills its panel again").isEqualTo(panel.getHeight());

        robot.interact(() -> panel.setReport(new ReportIndex(ReportFixture.report()), Filters.all(), true));
        assertThat(panel.table().getMaxHeight()).as("a later report: at once").isEqualTo(Region.USE_COMPUTED_SIZE);
    }

    @Test
    void notStepwiseTheRowsComeAtOnceAndNeverStepwiseLater(FxRobot robot) {
        robot.interact(() -> panel.setReport(idx, Filters.all(), false));
        assertThat(filledRows(robot)).isGreaterThan(4);
        assertThat(panel.firstRowsPending()).isFalse();
        robot.interact(() -> panel.setReport(new ReportIndex(ReportFixture.report()), Filters.all(), true));
        assertThat(panel.table().getMaxHeight()).isEqualTo(Region.USE_COMPUTED_SIZE);
    }
}
