package dev.syndiff.ui;

import dev.syndiff.core.model.Span;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;

/** One copy's text: a read-only, wrapping RichTextFX area, its header and its overview map. */
public final class VersionPane extends BorderPane {
    private static final PseudoClass RTL = PseudoClass.getPseudoClass("rtl");
    private final String source;
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final OverviewMap map;
    private final Label header = new Label();
    private final Popup popup = new Popup();
    private final Label popupText = new Label();
    private PaneDocument document;
    private boolean wordRuns;
    private final Runnable flipShapes = () -> {
        if (rightToLeft()) {
            RtlShapes.apply(area, true);
        }
    };

    public VersionPane(String source, IntFunction<String> tooltip, Consumer<PaneDocument.Piece> expand) {
        this.source = source;
        getStyleClass().add("version-pane");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("prose");
        area.setId("pane-" + source);
        map = new OverviewMap(this::jumpToPaneOffset);
        header.getStyleClass().add("pane-header");
        header.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        setTop(header);
        setCenter(new HBox(scroll, map));
        HBox.setHgrow(scroll, Priority.ALWAYS);
        popupText.getStyleClass().add("hover-tip");
        popupText.setWrapText(true);
        popupText.setMaxWidth(420);
        popup.getContent().add(popupText);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            int at = rightToLeft() ? textIndexAt(e.getScreenPosition().getX(), e.getScreenPosition().getY()) : e.getCharacterIndex();
            String tip = document == null ? null : tooltip.apply(document.toSource(at));
            if (tip != null && !tip.isBlank()) {
                popupText.setText(tip);
                popupText.getStyleClass().remove("theme-dark");
                if (getScene() != null && getScene().getRoot().getStyleClass().contains("theme-dark")) {
                    popupText.getStyleClass().add("theme-dark");
                }
                popup.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
        area.setOnMouseClicked(e -> {
            int at = rightToLeft() ? textIndexAt(e.getScreenX(), e.getScreenY()) : area.getCaretPosition();
            PaneDocument.Piece p = document == null ? null : document.placeholderAt(at);
            if (p != null) {
                expand.accept(p);
            }
        });
        area.estimatedScrollYProperty().addObserver(y -> updateThumb());
        area.sceneProperty().addListener((o, was, now) -> flipShapesAfterLayout(was, now));
    }

    public String source() {
        return source;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public OverviewMap map() {
        return map;
    }

    public PaneDocument document() {
        return document;
    }

    public void setHeader(String text) {
        header.setText(text);
    }

    /**
     * Sets the copy's language: right to left (Arabic, Hebrew...) turns only the text area, so the
     * header, the scroll bar and the overview map stay where the strips expect them; complex
     * scripts get one text run per word (see {@link WordRuns}).
     */
    public void setLanguage(String code) {
        boolean rtl = Languages.rightToLeft(code);
        area.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        area.pseudoClassStateChanged(RTL, rtl);
        wordRuns = Languages.complexScript(code);
        if (!rtl) {
            RtlShapes.apply(area, false);
        }
    }

    /**
     * The character under a screen point. In a right-to-left area RichTextFX's own hit test (and
     * so the mouse-over index and the caret a click places) answers for the mirror place (JavaFX
     * 21 hit-tests a right-to-left TextFlow in left-to-right coordinates): mirror x first.
     */
    int textIndexAt(double screenX, double screenY) {
        javafx.geometry.Point2D p = area.screenToLocal(screenX, screenY);
        if (p == null) {
            return 0;
        }
        double x = rightToLeft() ? area.getWidth() - p.getX() : p.getX();
        var hit = area.hit(x, p.getY());
        return hit.getCharacterIndex().orElse(hit.getInsertionIndex());
    }

    /** After each layout pass, a right-to-left area's new shapes are put over their words. */
    private void flipShapesAfterLayout(javafx.scene.Scene old, javafx.scene.Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(flipShapes);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(flipShapes);
        }
    }

    public boolean rightToLeft() {
        return area.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
    }

    /** Puts new text and styles in place: one replaceText, one setStyleSpans (only changed paragraphs' for the same text). */
    public void show(PaneDocument doc, StyleSpans<Collection<String>> spans, List<OverviewMap.Mark> marks) {
        boolean same = document != null && document.text().equals(doc.text());
        this.document = doc;
        if (!same) {
            FontFallback.primeFor(doc.text());
            area.replaceText(doc.text());
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        if (spans.length() == area.getLength()) {
            StyleSpans<Collection<String>> styles = wordRuns ? WordRuns.split(spans, doc.text()) : spans;
            if (same) {
                Restyle.apply(area, styles); // the same text: only the paragraphs whose styles changed
            } else {
                area.setStyleSpans(0, styles);
            }
        }
        map.setMarks(marks);
        updateThumb();
    }

    /** Selects a source span and scrolls it into the middle of the pane. */
    public void select(Span span) {
        if (document == null) {
            return;
        }
        int s = document.toPane(span.start());
        int e = Math.max(s, document.toPane(span.end()));
        area.selectRange(s, e);
        area.showParagraphAtCenter(area.offsetToPosition(s, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
    }

    void jumpToPaneOffset(int paneOffset) {
        area.moveTo(Math.min(paneOffset, area.getLength()));
        area.showParagraphAtCenter(area.getCurrentParagraph());
    }

    /** Source offset of the first paragraph in view (hit-testing is not safe during layout). */
    public int topSourceOffset() {
        if (document == null || area.getLength() == 0 || area.getVisibleParagraphs().isEmpty()) {
            return 0;
        }
        int par = area.firstVisibleParToAllParIndex();
        return document.toSource(area.getAbsolutePosition(par, 0));
    }

    /** The source range of the paragraphs in view (empty before the first layout). */
    public Span visibleSourceRange() {
        if (document == null || area.getLength() == 0 || area.getVisibleParagraphs().isEmpty()) {
            return new Span(0, 0);
        }
        int first = area.firstVisibleParToAllParIndex();
        int last = area.lastVisibleParToAllParIndex();
        int from = area.getAbsolutePosition(first, 0);
        int to = area.getAbsolutePosition(last, area.getParagraphLength(last));
        return new Span(document.toSource(from), document.toSource(to) + 1);
    }

    /** The screen geometry of the text in view, taken once for many {@link #screenYOf} calls. */
    TextGeometry geometry() {
        return document == null ? null : TextGeometry.of(area);
    }

    /** Screen y of a source offset's top (or bottom), clamped just outside the viewport. */
    double screenYOf(TextGeometry geometry, int sourceOffset, boolean bottom) {
        return geometry == null ? 0 : geometry.y(document.toPane(sourceOffset), bottom);
    }

    private void updateThumb() {
        double total = area.getTotalHeightEstimate();
        double h = area.getHeight();
        if (total > 0 && h > 0) {
            double y = area.getEstimatedScrollY();
            map.setViewport(Math.max(0, y / total), Math.min(1, (y + h) / total));
        }
    }

    Bounds areaBounds() {
        return area.getLayoutBounds();
    }
}
