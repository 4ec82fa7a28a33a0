package dev.syndiff.ui;

import dev.syndiff.export.AtomicFileWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/** Writes a PNG snapshot of the window (for the documentation's screenshots). */
final class Screenshot {
    private static boolean taken;

    private Screenshot() {
    }

    /** Lets layout and the connector strips settle for a moment, then snapshots and calls {@code done}. */
    private static boolean hideParaphrase;
    private static boolean hideChrome;
    private static int shownCopy;

    static void later(Node node, Path file, Runnable done) {
        if (taken) {
            return;
        }
        taken = true;
        PauseTransition wait = new PauseTransition(Duration.millis(Long.getLong("syndiff.screenshot.delay", 1500)));
        wait.setOnFinished(e -> step(node, System.getProperty("syndiff.screenshot.steps", ""), () -> {
            PauseTransition settle = new PauseTransition(Duration.millis(600));
            settle.setOnFinished(e2 -> {
                FxStallProbe.mark("screenshot");
                write(node.getScene().snapshot(null), file);
                done.run();
            });
            settle.play();
        }));
        wait.play();
    }

    /**
     * Plays the steps one at a time, one every 250 ms as a reader would: 'n' next change, 'p'
     * previous change, 's' scroll the reference pane down, 'f' hide or show paraphrases,
     * 'c' select the next row of the findings list, 'v' show the next copy beside the reference,
     * 'l' open the quote ledger's tab, 't' the findings' tab, 'r' hide or show page chrome,
     * 'e' open the find bar, 'w' show one copy more beside the reference.
     */
    private static void step(Node node, String steps, Runnable then) {
        if (steps.isEmpty() || !(node instanceof ViewerWindow w)) {
            then.run();
            return;
        }
        if (steps.charAt(0) == 'n') {
            FxStallProbe.mark("step n");
            w.comparison().next();
        } else if (steps.charAt(0) == 's' && !w.comparison().panes().isEmpty()) {
            FxStallProbe.mark("step s");
            VersionPane lead = w.comparison().panes().get(0);
            w.comparison().scrollSync().lead(lead);
            lead.area().scrollYBy(240); // about six wheel notches
        } else if (steps.charAt(0) == 'p') {
            FxStallProbe.mark("step p");
            w.comparison().previous();
        } else if (steps.charAt(0) == 'f') {
            FxStallProbe.mark("step f");
            hideParaphrase = !hideParaphrase;
            w.setKindShown(dev.syndiff.core.model.FindingKind.PARAPHRASE, !hideParaphrase);
        } else if (steps.charAt(0) == 'c') {
            FxStallProbe.mark("step c");
            var table = w.findings().table();
            table.getSelectionModel().select(Math.min(table.getSelectionModel().getSelectedIndex() + 1, table.getItems().size() - 1));
        } else if (steps.charAt(0) == 'r') {
            FxStallProbe.mark("step r");
            hideChrome = !hideChrome;
            w.setRoleShown(dev.syndiff.core.model.Role.CHROME, !hideChrome);
        } else if (steps.charAt(0) == 'e') {
            FxStallProbe.mark("step e");
            w.openFind();
        } else if (steps.charAt(0) == 'w' && w.index() != null) {
            FxStallProbe.mark("step w");
            var ids = w.index().report().sources().stream().map(dev.syndiff.core.model.SourceSummary::id)
                    .filter(id -> !id.equals(w.index().report().reference()))
                    .limit(Math.min(ComparisonView.MAX_COPIES, w.comparison().panes().size())).toList();
            w.setShown(ids);
        } else if (steps.charAt(0) == 'l' || steps.charAt(0) == 't') {
            FxStallProbe.mark("step " + steps.charAt(0));
            w.showLedger(steps.charAt(0) == 'l');
        } else if (steps.charAt(0) == 'v' && w.index() != null) {
            FxStallProbe.mark("step v");
            var ids = w.index().report().sources().stream().map(dev.syndiff.core.model.SourceSummary::id)
                    .filter(id -> !id.equals(w.index().report().reference())).toList();
            shownCopy = (shownCopy + 1) % Math.max(1, ids.size());
            if (!ids.isEmpty()) {
                w.setShown(List.of(ids.get(shownCopy)));
            }
        }
        PauseTransition gap = new PauseTransition(Duration.millis(250));
        gap.setOnFinished(e -> step(node, steps.substring(1), then));
        gap.play();
    }

    static void write(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(out, "png", bytes);
            AtomicFileWriter.replace(file, bytes.toByteArray());
        } catch (IOException e) {
            System.err.println("syndiff: could not write the screenshot " + file + ": " + e.getMessage());
        }
    }
}
