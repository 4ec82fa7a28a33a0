package dev.syndiff.ui;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Relation;
import dev.syndiff.core.model.Span;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.reactfx.Subscription;

/**
 * The strip between two neighbouring panes: a band per aligned row joins its sentences,
 * straight for identical rows, curved and coloured by relation for changed ones (as Meld).
 * Between copies in different languages each band is dashed and carries a small "tr" tag.
 * The bands and tags are kept from one drawing to the next and only moved: new nodes would each
 * need their CSS worked out, on every scroll of either pane.
 */
public final class ConnectorStrip extends Pane {
    private final VersionPane left;
    private final VersionPane right;
    private ReportIndex index;
    private final Subscription scrolls;
    /** The bands, then (above them) the tags; those past the current drawing's count are hidden. */
    private final Group bandLayer = new Group();
    private final Group tagLayer = new Group();

    public ConnectorStrip(VersionPane left, VersionPane right) {
        this.left = left;
        this.right = right;
        getStyleClass().add("connector-strip");
        setPrefWidth(36);
        setMinWidth(36);
        setMaxWidth(36);
        getChildren().addAll(bandLayer, tagLayer);
        scrolls = left.area().estimatedScrollYProperty().observe(y -> redrawLater())
                .and(right.area().estimatedScrollYProperty().observe(y -> redrawLater()));
        heightProperty().addListener((o, a, b) -> redrawLater());
    }

    /** Stops following the panes' scrolling (the panes may outlive the strip, kept for the next copies shown). */
    void dispose() {
        scrolls.unsubscribe();
        index = null;
    }

    private boolean pending;

    /** Many scroll events arrive per pulse; draw once after them, when layout has settled. */
    void redrawLater() {
        if (!pending) {
            pending = true;
            javafx.application.Platform.runLater(() -> {
                pending = false;
                redraw();
            });
        }
    }

    public void setIndex(ReportIndex idx) {
        this.index = idx;
        redrawLater(); // the panes' new text is not laid out yet
    }

    public int bandCount() {
        return bands().size();
    }

    /** The bands drawn now, top of the list first in row order. */
    public List<Path> bands() {
        return bandLayer.getChildren().stream().filter(Node::isVisible).map(Path.class::cast).toList();
    }

    public void redraw() {
        int bands = 0;
        int tags = 0;
        try {
            if (index == null || getScene() == null || left.document() == null || right.document() == null) {
                return;
            }
            double h = getHeight();
            double w = getWidth() > 0 ? getWidth() : getPrefWidth();
            Span lv = left.visibleSourceRange();
            Span rv = right.visibleSourceRange();
            boolean translated = translated();
            TextGeometry lg = left.geometry();
            TextGeometry rg = right.geometry();
            for (ReportIndex.RowBlock b : index.blocks(left.source())) {
                AlignmentRow row = b.row();
                Span other = index.blockSpan(row, right.source());
                if (other == null || !crossesView(b.span(), lv, other, rv)) {
                    continue; // only bands that show cost a position lookup in the text layout
                }
                double l0 = localY(left.screenYOf(lg, b.span().start(), false));
                double l1 = localY(left.screenYOf(lg, b.span().end() - 1, true));
                double r0 = localY(right.screenYOf(rg, other.start(), false));
                double r1 = localY(right.screenYOf(rg, other.end() - 1, true));
                if (Math.max(l1, r1) < 0 || Math.min(l0, r0) > h) {
                    continue;
                }
                Path band = nth(bandLayer, bands++, Path::new);
                band.getElements().setAll(new MoveTo(0, l0), curve(w, l0, r0, w), new LineTo(w, r1), curve(0, r1, l1, w),
                        new ClosePath());
                List<String> style = translated ? List.of("connector", Styles.of(relation(row)), "translated")
                        : List.of("connector", Styles.of(relation(row)));
                if (!band.getStyleClass().equals(style)) {
                    band.getStyleClass().setAll(style);
                }
                if (translated) {
                    nth(tagLayer, tags++, ConnectorStrip::marker).resizeRelocate(w / 2 - 9, (l0 + l1 + r0 + r1) / 4 - 6.5, 18, 13);
                }
            }
        } finally {
            hideFrom(bandLayer, bands);
            hideFrom(tagLayer, tags);
        }
    }

    /** The i-th node of a layer in this drawing: a kept one shown again, or a new one. */
    @SuppressWarnings("unchecked")
    private static <T extends Node> T nth(Group layer, int i, java.util.function.Supplier<T> make) {
        if (i < layer.getChildren().size()) {
            Node kept = layer.getChildren().get(i);
            kept.setVisible(true);
            return (T) kept;
        }
        T made = make.get();
        made.setMouseTransparent(true);
        layer.getChildren().add(made);
        return made;
    }

    private static void hideFrom(Group layer, int shown) {
        for (int i = shown; i < layer.getChildren().size(); i++) {
            layer.getChildren().get(i).setVisible(false);
        }
    }

    /** An end in view, or the band crossing the strip from above the view to below it. */
    static boolean crossesView(Span l, Span lv, Span r, Span rv) {
        boolean lIn = l.end() > lv.start() && l.start() < lv.end();
        boolean rIn = r.end() > rv.start() && r.start() < rv.end();
        boolean across = l.end() <= lv.start() && r.start() >= rv.end() || l.start() >= lv.end() && r.end() <= rv.start();
        return lIn || rIn || across;
    }

    /** Rows between copies in different languages are translations: a band says so with a tag. */
    private boolean translated() {
        var l = index.summary(left.source());
        var r = index.summary(right.source());
        return l != null && r != null && Languages.differ(l.language(), r.language());
    }

    private static Label marker() {
        Label tag = new Label("tr");
        tag.getStyleClass().add("translated-marker");
        tag.setAccessibleText("translated");
        tag.setPrefSize(18, 13);
        return tag;
    }

    /** Bands drawn now that carry the translated tag (for tests). */
    public long translatedMarkers() {
        return tagLayer.getChildren().stream().filter(Node::isVisible).count();
    }

    private static CubicCurveTo curve(double toX, double fromY, double toY, double w) {
        return new CubicCurveTo(w / 2, fromY, w / 2, toY, toX, toY);
    }

    private Relation relation(AlignmentRow row) {
        Relation l = row.relations().get(left.source());
        Relation r = row.relations().get(right.source());
        if (right.source().equals(row.counterpart()) || r == null) {
            return l == null ? Relation.IDENTICAL : l;
        }
        if (left.source().equals(row.counterpart()) || l == null) {
            return r;
        }
        return l.max(r);
    }

    private double localY(double screenY) {
        Point2D p = screenToLocal(0, screenY);
        return p == null ? 0 : p.getY();
    }
}
