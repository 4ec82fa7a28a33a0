package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Showing another copy beside the reference keeps the reference's pane (its text, cells and
 * scroll position) and builds only the new copy's pane and a new strip between them.
 */
@ExtendWith(ApplicationExtension.class)
class PaneReuseTest {
    @Test
    void switchingTheCopyKeepsTheReferencePane(FxRobot robot) {
        ReportIndex idx = new ReportIndex(ReportFixture.report());
        ComparisonView view = new ComparisonView(UiExecutors.synchronous());
        robot.interact(() -> view.show(idx, List.of(ReportFixture.REF, ReportFixture.DAILY), Filters.all()));
        VersionPane reference = view.panes().get(0);
        VersionPane daily = view.panes().get(1);
        ConnectorStrip before = view.strips().get(0);
        String text = reference.area().getText();
        assertThat(text).isNotEmpty();

        robot.interact(() -> view.show(idx, List.of(ReportFixture.REF, ReportFixture.MT), Filters.all()));
        assertThat(view.panes()).hasSize(2);
        assertThat(view.panes().get(0)).isSameAs(reference);
        assertThat(reference.area().getText()).isEqualTo(text);
        assertThat(view.panes().get(1)).isNotSameAs(daily);
        assertThat(view.panes().get(1).source()).isEqualTo(ReportFixture.MT);
        assertThat(view.panes().get(1).area().getText()).isNotEmpty().isNotEqualTo(daily.area().getText());
        assertThat(view.strips()).hasSize(1).doesNotContain(before);
        assertThat(view.getChildren()).containsExactly(reference, view.strips().get(0), view.panes().get(1));

        // and back: the copy shown first gets a pane of its own again, with its text
        robot.interact(() -> view.show(idx, List.of(ReportFixture.REF, ReportFixture.DAILY), Filters.all()));
        assertThat(view.panes().get(0)).isSameAs(reference);
        assertThat(view.panes().get(1).area().getText()).isEqualTo(daily.area().getText());
    }
}
