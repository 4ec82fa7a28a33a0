package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.ComparisonReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The sources list fills a few copies a frame, and a filling overtaken by a newer report stops. */
@ExtendWith(ApplicationExtension.class)
class SourcesFillTest {
    private final ComparisonReport report = ReportFixture.report();
    private final Deque<Runnable> frames = new ArrayDeque<>();
    private final SourcesPanel panel = new SourcesPanel(shown -> { }, ref -> { }, (s, span) -> { });

    private int entries() {
        return ((VBox) panel.getContent()).getChildren().size();
    }

    @Test
    void aFillingComesAFewCopiesAFrameAndStopsWhenTold(FxRobot robot) {
        assertThat(report.sources()).hasSizeGreaterThan(SourcesPanel.CHUNK);
        ReportIndex idx = new ReportIndex(report);
        robot.interact(() -> panel.setReport(idx, List.of(report.reference()), frames::add));
        assertThat(entries()).isEqualTo(SourcesPanel.CHUNK);
        assertThat(frames).hasSize(1);

        robot.interact(panel::stopFilling);
        robot.interact(() -> frames.poll().run());
        assertThat(entries()).as("the stopped filling adds nothing").isEqualTo(SourcesPanel.CHUNK);
        assertThat(frames).isEmpty();

        robot.interact(() -> panel.setReport(idx, List.of(report.reference()), frames::add));
        while (!frames.isEmpty()) {
            robot.interact(() -> frames.poll().run());
        }
        assertThat(entries()).as("a new filling lists every copy").isGreaterThanOrEqualTo(report.sources().size());
    }
}
