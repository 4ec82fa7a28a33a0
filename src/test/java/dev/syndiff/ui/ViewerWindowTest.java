package dev.syndiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import dev.syndiff.core.CancelledException;
import dev.syndiff.core.Options;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.TriageMark;
import dev.syndiff.export.TriageStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The viewer in a headless window (Monocle): opening, navigation, filters, lists, triage, cancel. */
@ExtendWith(ApplicationExtension.class)
class ViewerWindowTest {
    @TempDir
    static Path tmp;

    private final List<List<Path>> opened = new ArrayList<>();
    private volatile AnalysisRunner.Analyzer analyzer = AnalysisRunner.Analyzer.pipeline();
    private ViewerWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        ViewerPrefs prefs = new ViewerPrefs(Preferences.userRoot().node("dev/syndiff/test/" + UUID.randomUUID()));
        AnalysisRunner.Analyzer recording = (in, o, l, e) -> {
            opened.add(in);
            return analyzer.run(in, o, l, e);
        };
        window = new ViewerWindow(recording, UiExecutors.synchronous(), prefs, Options.defaults().withGrammarPass(false));
        Scene scene = new Scene(window, 1200, 700);
        Theme.apply(scene, false);
        s.setScene(scene);
        s.show();
    }

    private void showFixture(FxRobot robot, ComparisonReport report) {
        analyzer = (in, o, l, e) -> report;
        robot.interact(() -> window.open(List.of(Path.of(report.bundlePath()))));
    }

    @Test
    void theSampleOpensAndThePanesHoldTheCopiesText(FxRobot robot) {
        robot.interact(() -> window.open(List.of(SyndiffApp.SAMPLE)));
        List<VersionPane> panes = window.comparison().panes();
        assertThat(panes).hasSize(2);
        for (VersionPane p : panes) {
            String text = window.index().article(p.source()).source().text();
            assertThat(text).isNotBlank();
            // same characters at the same offsets; only over-long lines got a newline for a space
            assertThat(p.area().getText()).hasSameSizeAs(text);
            assertThat(p.area().getText().replace('\n', ' ')).isEqualTo(text.replace('\r', ' ').replace('\n', ' '));
        }
        assertThat(panes.get(0).source()).isEqualTo(window.index().report().reference());
        assertThat(window.status().getText()).contains("5 copies");
    }

    @Test
    void aToolbarButtonGetsItsTooltipWhenThePointerArrives(FxRobot robot) {
        javafx.scene.control.Button next = robot.lookup("#next-change").queryButton();
        assertThat(next.getTooltip()).as("made on first hover, not at start").isNull();
        robot.moveTo(next);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(next.getTooltip()).isNotNull();
        assertThat(next.getTooltip().getText()).contains("Alt+Down");
    }

    @Test
    void ctrlFOpensTheFindBarAndSelectsTheMatchInAPane(FxRobot robot) {
        showFixture(robot, ReportFixture.report(tmp.resolve("find").toString(), 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#find-field").tryQuery()).as("no find bar before it is asked for").isEmpty();
        VersionPane copy = window.comparison().pane(ReportFixture.DAILY);
        robot.clickOn(copy.area()).press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField field = robot.lookup("#find-field").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.Node bar = field.getParent();
        assertThat(bar.isVisible()).isTrue();
        assertThat(field.isFocused()).isTrue();
        robot.write("final settlement");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> selected = window.comparison().panes().stream().map(p -> p.area().getSelectedText()).toList();
        assertThat(selected).anyMatch(t -> t.equalsIgnoreCase("final settlement"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isVisible()).as("Escape closes the find bar").isFalse();
    }

    @Test
    void nextChangeMovesTheSelectionAndScrollsBothPanes(FxRobot robot) {
        showFixture(robot, ReportFixture.report(tmp.resolve("long").toString(), 60));
        VersionPane ref = window.comparison().pane(ReportFixture.REF);
        VersionPane copy = window.comparison().pane(ReportFixture.DAILY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ref.area().firstVisibleParToAllParIndex()).isZero();
        assertThat(copy.area().firstVisibleParToAllParIndex()).isZero();

        robot.clickOn(copy.area()).press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.comparison().currentStopProperty().get()).isZero();
        // the first change in reading order: the byline, with the reference's byline as counterpart
        assertThat(copy.area().getSelectedText()).isEqualTo("By Jane Doe");
        assertThat(ref.area().getSelectedText()).isEqualTo("By Wire Staff");
        assertThat(ref.area().firstVisibleParToAllParIndex()).isGreaterThan(20);
        assertThat(copy.area().firstVisibleParToAllParIndex()).isGreaterThan(20);

        robot.clickOn("#next-change");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copy.area().getSelectedText()).startsWith("GENEVA").contains("Monday");
        assertThat(ref.area().getSelectedText()).startsWith("GENEVA").contains("Friday");
        robot.clickOn("#next-change");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copy.area().getSelectedText()).contains("final settlement");
        robot.clickOn("#prev-change");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copy.area().getSelectedText()).contains("Monday");
    }

    @Test
    void panesScrollTogetherByAlignedRowUnlessSyncIsOff(FxRobot robot) {
        showFixture(robot, ReportFixture.report(tmp.resolve("sync").toString(), 60));
        VersionPane ref = window.comparison().pane(ReportFixture.REF);
        VersionPane copy = window.comparison().pane(ReportFixture.DAILY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.comparison().scrollSync().lead(ref);
            ref.area().showParagraphAtTop(40);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // row 20 opens paragraph 40 in both copies (one blank line between paragraphs)
        assertThat(ref.area().firstVisibleParToAllParIndex()).isBetween(39, 41);
        assertThat(copy.area().firstVisibleParToAllParIndex()).isBetween(38, 42);

        robot.clickOn("#sync-toggle");
        robot.interact(() -> {
            window.comparison().scrollSync().lead(ref);
            ref.area().showParagraphAtTop(90);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ref.area().firstVisibleParToAllParIndex()).isBetween(89, 91);
        assertThat(copy.area().firstVisibleParToAllParIndex()).isBetween(38, 42);
    }

    @Test
    void aKindFilterHidesThatKindInPanesMapAndList(FxRobot robot) {
        showFixture(robot, ReportFixture.report());
        VersionPane copy = window.comparison().pane(ReportFixture.DAILY);
        int at = copy.area().getText().indexOf("final settlement");
        assertThat(copy.area().getStyleAtPosition(at + 1)).contains("diff-altered-quote");
        assertThat(copy.map().marks()).anyMatch(m -> m.css().equals("diff-altered-quote"));
        assertThat(window.findings().table().getItems()).anyMatch(f -> f.kind() == FindingKind.ALTERED_QUOTE);

        robot.interact(() -> window.setKindShown(FindingKind.ALTERED_QUOTE, false));
        assertThat(copy.area().getStyleAtPosition(at + 1)).doesNotContain("diff-altered-quote").contains("edit-change");
        assertThat(copy.map().marks()).noneMatch(m -> m.css().equals("diff-altered-quote")).isNotEmpty();
        assertThat(window.findings().table().getItems()).noneMatch(f -> f.kind() == FindingKind.ALTERED_QUOTE).isNotEmpty();
    }

    @Test
    void aRoleFilterCollapsesThatRoleAndAClickExpandsItInPlace(FxRobot robot) {
        showFixture(robot, ReportFixture.report());
        VersionPane copy = window.comparison().pane(ReportFixture.DAILY);
        robot.interact(() -> window.setRoleShown(Role.COMMENT, false));
        assertThat(copy.area().getText()).doesNotContain("reader42").contains("comment segment hidden");
        int at = copy.area().getText().indexOf("comment segment hidden");
        robot.interact(() -> {
            copy.area().moveTo(at + 2);
            copy.area().fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                    0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false,
                    true, false, false, true, false, true, null));
        });
        assertThat(copy.area().getText()).contains("reader42");
    }

    @Test
    void aClickInTheFindingsListSelectsTheSpanInThePanes(FxRobot robot) {
        showFixture(robot, ReportFixture.report());
        Finding first = window.findings().table().getItems().get(0);
        assertThat(first.kind()).isEqualTo(FindingKind.ALTERED_QUOTE);
        Finding meaning = window.findings().table().getItems().stream()
                .filter(f -> f.kind() == FindingKind.MEANING_CHANGE).findFirst().orElseThrow();
        robot.interact(() -> window.findings().table().scrollTo(2));
        javafx.scene.control.TableRow<?> third = robot.from(window.findings().table()).lookup(".table-row-cell")
                .queryAllAs(javafx.scene.control.TableRow.class).stream().filter(r -> r.getIndex() == 2).findFirst().orElseThrow();
        robot.clickOn(third);
        Finding clicked = window.findings().table().getSelectionModel().getSelectedItem();
        assertThat(clicked).isEqualTo(window.findings().table().getItems().get(2));
        assertThat(clicked.kind()).isEqualTo(meaning.kind());
        VersionPane pane = window.comparison().pane(clicked.source());
        assertThat(pane.area().getSelectedText()).isEqualTo(clicked.text());
        assertThat(window.comparison().pane(ReportFixture.REF).area().getSelectedText()).isEqualTo(clicked.counterpart().text());
    }

    @Test
    void aFindingOfAHiddenCopyBringsThatCopyIntoView(FxRobot robot) {
        showFixture(robot, ReportFixture.report());
        Finding mt = window.findings().table().getItems().stream()
                .filter(f -> f.source().equals(ReportFixture.MT)).findFirst().orElseThrow();
        int columns = window.comparison().panes().size();
        String before = window.comparison().panes().get(columns - 1).source();
        assertThat(before).isNotEqualTo(ReportFixture.MT);
        robot.interact(() -> window.findings().table().getSelectionModel().select(mt));
        assertThat(window.comparison().pane(ReportFixture.MT)).isNotNull();
        assertThat(window.comparison().pane(ReportFixture.MT).area().getSelectedText()).isEqualTo(mt.text());
        assertThat(window.comparison().panes()).as("it takes the last copy's place").hasSize(columns);
        assertThat(window.comparison().pane(before)).isNull();
        assertThat(window.comparison().panes().get(0).source()).isEqualTo(ReportFixture.REF);
    }

    @Test
    void theQuoteLedgerListsQuotesWithTheAlteredOnesMarked(FxRobot robot) {
        showFixture(robot, ReportFixture.report());
        // the tab's own label (the legend has a "Quote ledger" title too); the ledger fills when its tab opens
        robot.clickOn(robot.lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("Quote ledger"))
                .queryAs(javafx.scene.Node.class));
        assertThat(window.ledger().getItems()).hasSize(2);
        assertThat(window.ledger().getColumns()).hasSize(2 + 3);
        var altered = robot.from(window.ledger()).lookup(".quote-altered").queryAll();
        assertThat(altered).hasSize(2);
        assertThat(robot.from(window.ledger()).lookup(".quote-exact").queryAll()).hasSize(2);
        robot.clickOn(robot.from(window.ledger()).lookup(".quote-altered").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.comparison().pane(ReportFixture.REF).area().getSelectedText())
                .isEqualTo("a first step towards a lasting settlement");
    }

    @Test
    void triageMarksAreSavedBesideTheBundleAndComeBack(FxRobot robot) throws Exception {
        Path bundle = Files.createDirectories(tmp.resolve("triage-bundle"));
        showFixture(robot, ReportFixture.report(bundle.toString(), 0));
        robot.interact(() -> window.findings().table().getSelectionModel().select(0));
        robot.clickOn(window.findings().table()).type(KeyCode.DOWN).type(KeyCode.UP);
        Finding first = window.findings().table().getSelectionModel().getSelectedItem();
        robot.type(KeyCode.C);
        Finding second = window.findings().table().getSelectionModel().getSelectedItem();
        assertThat(second).isNotEqualTo(first);
        robot.type(KeyCode.D);
        Path file = tmp.resolve("triage-bundle.syndiff-triage.json");
        assertThat(file).exists();
        assertThat(bundle).isEmptyDirectory();
        List<TriageMark> saved = new TriageStore(file).load();
        assertThat(saved).extracting(TriageMark::verdict)
                .containsExactlyInAnyOrder(TriageMark.Verdict.CONFIRMED, TriageMark.Verdict.DISMISSED);
        assertThat(saved).extracting(TriageMark::findingKey).contains(TriageMark.keyOf(first), TriageMark.keyOf(second));

        robot.interact(() -> window.triage().marks().clear());
        robot.interact(() -> window.triage().open("other", tmp.resolve("elsewhere")));
        robot.interact(() -> window.triage().open("fixture-bundle", bundle));
        assertThat(window.triage().get(first).verdict()).isEqualTo(TriageMark.Verdict.CONFIRMED);
    }

    @Test
    void droppingAFolderOnTheWindowOpensIt(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("dropped"));
        Files.writeString(folder.resolve("a.txt"), "First copy. It says one thing.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "Second copy. It says another thing.\n", StandardCharsets.UTF_8);
        robot.interact(() -> {
            Dragboard board = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
            DragboardHelper.setDataAccessRestriction(board, false);
            board.setContent(Map.of(DataFormat.FILES, List.of(folder.toFile())));
            window.fireEvent(new DragEvent(DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10, TransferMode.COPY,
                    null, window, null));
        });
        assertThat(opened).containsExactly(List.of(folder));
        assertThat(window.comparison().panes()).extracting(VersionPane::source).containsExactly("a", "b");
        assertThat(window.comparison().pane("b").area().getText()).contains("Second copy");
    }

    @Test
    void aBundleWithABadFileShowsItsWarning(FxRobot robot) {
        showFixture(robot, ReportFixture.report());
        assertThat(window.banner().isVisible()).isTrue();
        assertThat(window.banner().getText()).contains("photo.jpg").contains("binary");
        assertThat(robot.lookup(".bundle-warning").queryLabeled().getText()).contains("photo.jpg");
        assertThat(robot.lookup(".warning").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText().contains("windows-1252"));
    }

    @Test
    void aRealBundleWithAnUnreadableFileShowsTheLoadersWarningAndTheGoodCopies(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("with-bad-file"));
        Files.writeString(folder.resolve("a.txt"), "First copy. It says one thing about the harbour.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "Second copy. It says one thing about the harbour.\n", StandardCharsets.UTF_8);
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Files.write(folder.resolve("c.txt"), junk);
        robot.interact(() -> window.open(List.of(folder)));
        var warnings = window.index().report().warnings();
        assertThat(warnings).isNotEmpty();
        assertThat(window.banner().isVisible()).isTrue();
        for (var w : warnings) {
            assertThat(window.banner().getText()).contains(w.message());
        }
        assertThat(window.comparison().panes()).extracting(VersionPane::source).contains("a", "b");
    }

    @Test
    void cancelStopsALongAnalysis(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        analyzer = (in, o, listener, early) -> {
            started.countDown();
            while (!listener.isCancelled()) {
                listener.progress("Working", 0.5);
                Thread.onSpinWait();
            }
            stopped.countDown();
            throw new CancelledException();
        };
        var pool = Executors.newSingleThreadExecutor();
        try {
            ViewerWindow[] w = new ViewerWindow[1];
            robot.interact(() -> {
                w[0] = new ViewerWindow((in, o, l, e) -> analyzer.run(in, o, l, e), new UiExecutors(pool, Platform::runLater),
                        new ViewerPrefs(Preferences.userRoot().node("dev/syndiff/test/" + UUID.randomUUID())), Options.defaults());
                stage.getScene().setRoot(w[0]);
                w[0].open(List.of(tmp.resolve("slow")));
            });
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(w[0].runner().runningProperty().get()).isTrue();
            robot.clickOn("#cancel-button");
            assertThat(stopped.await(30, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !w[0].runner().runningProperty().get());
            assertThat(w[0].status().getText()).contains("cancelled");
        } finally {
            pool.shutdownNow();
        }
    }
}
