package dev.syndiff.ui;

import dev.syndiff.core.Options;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX viewer's entry point. Hidden options for documentation and timing:
 * {@code -Dsyndiff.screenshot=FILE.png} writes a snapshot once the complete report is painted
 * and exits; {@code -Dsyndiff.theme=dark|light} overrides the remembered theme;
 * {@code -Dsyndiff.timing=true} prints the time from process start to the first painted panes;
 * {@code -Dsyndiff.screenshot.steps=nnss} plays keys before the snapshot (n: next change, s: scroll);
 * {@code -Dsyndiff.screenshot.first=FILE.png} also snapshots the window when the first panes are painted;
 * {@code -Dsyndiff.stalls=true} prints every stretch of 50 ms or more the FX thread was busy;
 * {@code -Dsyndiff.frames=true} prints every frame whose FX work took 50 ms of CPU or more;
 * {@code -Dsyndiff.marks=true} prints only the landmarks (window shown, each pane filled) with the FX thread's CPU.
 */
public final class SyndiffApp {
    static final Path SAMPLE = Path.of("samples/macron-putin-2022");
    private static List<Path> inputs = List.of();
    private static Options options = Options.defaults();
    private static AnalysisRunner.Analyzer analyzer = AnalysisRunner.Analyzer.pipeline();

    private SyndiffApp() {
    }

    /** Opens the viewer on these inputs (the sample bundle when empty); returns when it closes. */
    public static void launchViewer(List<Path> in, Options opts) {
        inputs = in.isEmpty() ? List.of(SAMPLE) : List.copyOf(in);
        options = opts;
        if (analyzer == AnalysisRunner.Analyzer.pipeline() && Files.exists(inputs.get(0))) {
            analyzer = HeadStart.begin(analyzer, inputs, options); // the bundle is read while the toolkit starts
        }
        Application.launch(FxApp.class);
    }

    /** Launches with another analysis behind the window (a hand-made report for documentation). */
    static void launchWith(AnalysisRunner.Analyzer a, List<Path> in, Options opts) {
        analyzer = a;
        launchViewer(in, opts);
    }

    /** The Application itself, kept apart so that Main (not an Application) starts the fat jar. */
    public static final class FxApp extends Application {
        /** How long the window waits, unshown, for the copies' text: past it, it shows without. */
        static final long TEXT_WAIT_MS = 300;

        @Override
        public void init() {
            StartupClasses.preloadInBackground();
        }

        @Override
        public void start(Stage stage) {
            if (Boolean.getBoolean("syndiff.timing") || System.getProperty("syndiff.screenshot") != null) {
                System.err.println("syndiff: JavaFX started " + sinceStart() + " ms after process start");
            }
            if (Boolean.getBoolean("syndiff.stalls")) {
                FxStallProbe.watchThisThread();
            }
            if (Boolean.getBoolean("syndiff.frames")) {
                FxStallProbe.watchFrames();
            }
            ViewerPrefs prefs = ViewerPrefs.user();
            String theme = System.getProperty("syndiff.theme");
            boolean dark = theme == null ? prefs.dark() : theme.equals("dark");
            ViewerWindow window = new ViewerWindow(analyzer, UiExecutors.production(), prefs, options);
            boolean shot = System.getProperty("syndiff.screenshot") != null;
            Scene scene = new Scene(window, shot ? 1600 : prefs.width(), shot ? 1000 : prefs.height());
            Theme.apply(scene, dark);
            warmUpTextArea();
            window.toolbar().showTheme(dark);
            stage.setTitle("Syndiff");
            showIconWhenDecoded(stage);
            stage.setScene(scene);
            stage.setOnCloseRequest(e -> prefs.size(stage.getWidth(), stage.getHeight()));
            watchFirstPaint(window);
            // the run is asked for before the window's first layout, so its reports are queued early
            if (!Files.exists(inputs.get(0)) && inputs.get(0).equals(SAMPLE) && !(analyzer instanceof HeadStart)
                    && analyzer == AnalysisRunner.Analyzer.pipeline()) {
                window.problem("The sample bundle " + SAMPLE + " is not here; open a bundle with Ctrl+O or drop a folder on the window.");
            } else {
                window.open(inputs);
                if (analyzer instanceof HeadStart h) {
                    showTextBeforeShow(window, h);
                }
            }
            FxStallProbe.mark("before show");
            stage.show();
            FxStallProbe.mark("after show");
        }

        /**
         * The copies' text in the panes, and the side panels, before the window is shown, when
         * the text is read by then (it is read while the toolkit starts): the window's first
         * layout takes them with it, instead of the first frames on screen each laying out a pane
         * or a panel with cold code (51-75 ms a frame on 50 copies). A bundle still being read
         * shows when it comes, as before.
         */
        private static void showTextBeforeShow(ViewerWindow window, HeadStart h) {
            long t0 = System.nanoTime();
            dev.syndiff.core.model.ComparisonReport text = h.textWithin(TEXT_WAIT_MS);
            if (Boolean.getBoolean("syndiff.timing")) {
                System.err.println("syndiff: text " + (text == null ? "not read" : "read") + " after waiting "
                        + (System.nanoTime() - t0) / 1_000_000 + " ms before show");
            }
            if (text != null) {
                window.showFirst(text);
            }
        }

        /**
         * Loads and links RichTextFX (a throwaway area, never shown) on another core while this
         * thread lays the window out: the first pane would otherwise pay for it on the FX thread.
         * Started after the theme is set, so no control's first use can reset the user-agent style.
         */
        private static void warmUpTextArea() {
            Thread t = new Thread(() -> {
                try {
                    new org.fxmisc.flowless.VirtualizedScrollPane<>(new org.fxmisc.richtext.StyleClassedTextArea(false))
                            .getContent().replaceText("warm up\nwarm up");
                } catch (RuntimeException | LinkageError e) {
                    // only a head start; the first pane does the same on the FX thread
                }
            }, "syndiff-warm-up");
            t.setDaemon(true);
            t.start();
        }

        /** The window's icon, decoded off the FX thread and set once it is whole. */
        private static void showIconWhenDecoded(Stage stage) {
            javafx.scene.image.Image icon = AboutDialog.iconInBackground();
            if (icon != null) {
                icon.progressProperty().addListener((o, a, p) -> {
                    if (p.doubleValue() >= 1 && !icon.isError()) {
                        stage.getIcons().add(icon);
                    }
                });
            }
        }

        /** CPU time of the calling (FX) thread: what the wall time would shrink to with a core to itself. */
        private static long fxCpuMs() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        }

        private static long sinceStart() {
            return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        }

        private static void watchFirstPaint(ViewerWindow window) {
            String shot = System.getProperty("syndiff.screenshot");
            boolean timing = Boolean.getBoolean("syndiff.timing") || shot != null;
            ComparisonView view = window.comparison();
            view.paneStepsProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    if (view.paneStepsProperty().get() >= Math.min(2, view.panes().size())) {
                        view.paneStepsProperty().removeListener(this);
                        Pulses.after(2, () -> {
                            if (timing) {
                                System.err.println("syndiff: first panes painted " + sinceStart() + " ms after process start"
                                        + " (FX thread CPU so far " + fxCpuMs() + " ms)");
                                System.err.println("syndiff: CPU by thread so far: " + ThreadCpu.summary(6));
                            }
                            String early = System.getProperty("syndiff.screenshot.first");
                            if (early != null) {
                                Screenshot.write(window.getScene().snapshot(null), Path.of(early)); // the window as first painted
                            }
                            if (analyzer instanceof HeadStart h) {
                                h.painted(); // now the analysis may have the CPU
                            }
                        });
                    }
                }
            });
            window.comparison().rendersProperty().addListener((o, a, n) -> {
                if (shot != null && window.index() != null && window.index().report().complete()) {
                    Screenshot.later(window, Path.of(shot), Platform::exit);
                }
            });
        }
    }
}
