package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syndiff.core.model.Span;
import org.junit.jupiter.api.Test;

/** Which bands the strip measures: only those that can show between the two views. */
class ConnectorStripTest {
    private static final Span LEFT_VIEW = new Span(100, 200);
    private static final Span RIGHT_VIEW = new Span(1000, 1100);

    @Test
    void aBandWithAnEndInEitherViewIsDrawn() {
        assertThat(ConnectorStrip.crossesView(new Span(150, 160), LEFT_VIEW, new Span(5000, 5010), RIGHT_VIEW)).isTrue();
        assertThat(ConnectorStrip.crossesView(new Span(0, 10), LEFT_VIEW, new Span(1090, 1200), RIGHT_VIEW)).isTrue();
        assertThat(ConnectorStrip.crossesView(new Span(90, 101), LEFT_VIEW, new Span(0, 10), RIGHT_VIEW)).isTrue();
    }

    @Test
    void aBandCrossingTheViewFromAboveToBelowIsDrawnOneOutsideOnOneSideIsNot() {
        assertThat(ConnectorStrip.crossesView(new Span(0, 50), LEFT_VIEW, new Span(3000, 3100), RIGHT_VIEW)).isTrue();
        assertThat(ConnectorStrip.crossesView(new Span(500, 600), LEFT_VIEW, new Span(0, 50), RIGHT_VIEW)).isTrue();
        assertThat(ConnectorStrip.crossesView(new Span(0, 50), LEFT_VIEW, new Span(0, 50), RIGHT_VIEW)).isFalse();
        assertThat(ConnectorStrip.crossesView(new Span(200, 300), LEFT_VIEW, new Span(1100, 1200), RIGHT_VIEW)).isFalse();
    }
}
