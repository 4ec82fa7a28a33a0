package dev.syndiff.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Where a pane's characters sit on screen, read from its laid-out paragraphs without touching
 * them. RichTextFX's {@code getCharacterBoundsOnScreen} adds a Path to the paragraph and removes
 * it, which makes the paragraph shape its text again on that call and on the next pulse: about
 * 0.3 ms a call, 10–50 ms for one redraw of the connector bands. Taken once per redraw.
 */
final class TextGeometry {
    private final StyleClassedTextArea area;
    private final Bounds view;
    private final int first;
    private final int last;
    private final Map<Integer, TextFlow> flows = new HashMap<>();
    /** True when the cells in view were paired with the visible paragraphs by rank (the usual case). */
    final boolean byRank;

    private TextGeometry(StyleClassedTextArea area, Bounds view) {
        this.area = area;
        this.view = view;
        this.first = area.firstVisibleParToAllParIndex();
        this.last = area.lastVisibleParToAllParIndex();
        Bounds clip = area.localToScreen(area.getBoundsInLocal());
        List<TextFlow> found = new ArrayList<>();
        paragraphFlows(area, found);
        List<double[]> inView = new ArrayList<>(); // [top, bottom (both cut to the area), index in found]
        for (int k = 0; k < found.size(); k++) {
            TextFlow flow = found.get(k);
            if (flow.getParent() != null && flow.getParent().isVisible()) {
                Bounds box = flow.getParent().localToScreen(flow.getParent().getBoundsInLocal());
                if (box != null && clip != null && box.getMaxY() > clip.getMinY() && box.getMinY() < clip.getMaxY()) {
                    inView.add(new double[] {Math.max(box.getMinY(), clip.getMinY()), Math.min(box.getMaxY(), clip.getMaxY()), k});
                }
            }
        }
        int shown = area.getVisibleParagraphs().size();
        byRank = inView.size() == shown;
        if (byRank) {
            // the cells in view are the visible paragraphs, top to bottom: paired by rank, no lookups
            inView.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 0; i < shown; i++) {
                flows.put(area.visibleParToAllParIndex(i), found.get((int) inView.get(i)[2]));
            }
        } else {
            Map<Long, TextFlow> byTop = new HashMap<>();
            inView.forEach(c -> byTop.put(key(c[0], c[1]), found.get((int) c[2])));
            for (int i = 0; i < shown; i++) {
                Bounds box = area.getVisibleParagraphBoundsOnScreen(i);
                TextFlow flow = byTop.get(key(box.getMinY(), box.getMaxY()));
                if (flow != null) {
                    flows.put(area.visibleParToAllParIndex(i), flow);
                }
            }
        }
    }

    /** The paragraphs' text flows, a few levels down the area; the words inside them are not searched. */
    private static void paragraphFlows(Parent parent, List<TextFlow> out) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof TextFlow flow) {
                if (flow.getStyleClass().contains("paragraph-text")) {
                    out.add(flow);
                }
            } else if (n instanceof Parent p) {
                paragraphFlows(p, out);
            }
        }
    }

    /** The geometry now, or null before the area is laid out or while it is empty. */
    static TextGeometry of(StyleClassedTextArea area) {
        Bounds view = area.localToScreen(area.getLayoutBounds());
        if (view == null || area.getLength() == 0 || area.getVisibleParagraphs().isEmpty()) {
            return null;
        }
        return new TextGeometry(area, view);
    }

    /**
     * A paragraph box is known by where it shows: its top and bottom on screen, cut to the area as
     * {@code getVisibleParagraphBoundsOnScreen} cuts them (visible boxes do not overlap).
     */
    private static long key(double top, double bottom) {
        return Math.round(top * 16) * 1_000_003L + Math.round(bottom * 16);
    }

    /** Screen y of the top (or bottom) of the character at a pane offset, clamped just outside the view. */
    double y(int paneOffset, boolean bottom) {
        double outside = bottom ? view.getMaxY() + 4 : view.getMinY() - 4;
        int p = Math.max(0, Math.min(paneOffset, area.getLength() - 1));
        var pos = area.offsetToPosition(p, TwoDimensional.Bias.Forward);
        int par = pos.getMajor();
        if (par < first) {
            return view.getMinY() - 4;
        }
        if (par > last) {
            return view.getMaxY() + 4;
        }
        TextFlow flow = flows.get(par);
        if (flow == null || pos.getMinor() >= area.getParagraphLength(par)) {
            return outside; // a paragraph's newline has no glyph box
        }
        flow.layout(); // a no-op unless the paragraph is dirty
        double top = Double.POSITIVE_INFINITY;
        double foot = Double.NEGATIVE_INFINITY;
        for (PathElement e : flow.rangeShape(pos.getMinor(), pos.getMinor() + 1)) {
            double y = e instanceof MoveTo m ? m.getY() : e instanceof LineTo l ? l.getY() : Double.NaN;
            if (!Double.isNaN(y)) {
                top = Math.min(top, y);
                foot = Math.max(foot, y);
            }
        }
        if (top > foot) {
            return outside;
        }
        // the character's line box; RichTextFX's own measure (a stroked Path) lies 1.5 px outside it
        double local = flow.getInsets().getTop() + (bottom ? foot : top);
        Point2D screen = flow.localToScreen(0, local);
        return screen == null ? outside : screen.getY();
    }
}
