package dev.syndiff.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Puts RichTextFX's shapes (highlight backgrounds, underlines, selection, caret) of a
 * right-to-left area over their words. Why: in JavaFX 21 {@code TextFlow.rangeShape} answers in
 * left-to-right coordinates even when the flow lays its text out right to left, and JavaFX then
 * mirrors each shape about its own bounds, so a word's highlight lands at the mirror place of
 * the word. Each shape is kept from JavaFX's own mirroring (left to right) and flipped across
 * its paragraph's width instead. Text nodes are placed by the flow itself and are right already.
 */
final class RtlShapes {
    private static final String FLIPPED = "syndiff-rtl-flipped";

    private RtlShapes() {
    }

    /** Flips the shapes not flipped yet (rtl), or unflips every flipped one (not rtl). */
    static void apply(StyleClassedTextArea area, boolean rtl) {
        for (Node flow : area.lookupAll(".paragraph-text")) {
            if (flow instanceof Region paragraph) {
                for (Node n : paragraph.getChildrenUnmodifiable()) {
                    if (n instanceof Text) {
                        continue;
                    }
                    Object flip = n.getProperties().get(FLIPPED);
                    if (rtl && flip == null) {
                        n.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
                        Scale s = new Scale(-1, 1);
                        s.pivotXProperty().bind(paragraph.widthProperty().divide(2));
                        n.getTransforms().add(s);
                        n.getProperties().put(FLIPPED, s);
                    } else if (!rtl && flip instanceof Scale s) {
                        n.getTransforms().remove(s);
                        n.setNodeOrientation(NodeOrientation.INHERIT);
                        n.getProperties().remove(FLIPPED);
                    }
                }
            }
        }
    }
}
