package dev.syndiff.ui;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** A thin strip beside a pane with a mark per finding at its height; a click jumps there. */
public final class OverviewMap extends Pane {
    /** A mark from {@code from} to {@code to} (fractions of the text) with a CSS class. */
    public record Mark(double from, double to, String css, int paneOffset) { }

    private final Region thumb = new Region();
    private List<Mark> marks = List.of();
    private double thumbFrom;
    private double thumbTo;

    public OverviewMap(IntConsumer jump) {
        getStyleClass().add("overview-map");
        setPrefWidth(14);
        setMinWidth(14);
        thumb.getStyleClass().add("overview-thumb");
        thumb.setMouseTransparent(true);
        setOnMouseClicked(e -> {
            double f = e.getY() / Math.max(1, getHeight());
            Mark best = null;
            for (Mark m : marks) {
                if (best == null || Math.abs(m.from() - f) < Math.abs(best.from() - f)) {
                    best = m;
                }
            }
            if (best != null && Math.abs(best.from() - f) * getHeight() < 12) {
                jump.accept(best.paneOffset());
            }
        });
    }

    public void setMarks(List<Mark> newMarks) {
        this.marks = List.copyOf(newMarks);
        getChildren().clear();
        for (Mark m : marks) {
            Region r = new Region();
            r.getStyleClass().addAll("overview-mark", m.css());
            r.setManaged(false);
            r.setUserData(m);
            getChildren().add(r);
        }
        getChildren().add(thumb);
        requestLayout();
    }

    public List<Mark> marks() {
        return marks;
    }

    public void setViewport(double from, double to) {
        thumbFrom = from;
        thumbTo = to;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        double w = getWidth();
        for (var n : getChildren()) {
            if (n.getUserData() instanceof Mark m) {
                double y = m.from() * h;
                double mh = Math.max(3, (m.to() - m.from()) * h);
                n.resizeRelocate(2, Math.min(y, h - mh), w - 4, mh);
            }
        }
        thumb.resizeRelocate(0, thumbFrom * h, w, Math.max(6, (thumbTo - thumbFrom) * h));
    }
}
