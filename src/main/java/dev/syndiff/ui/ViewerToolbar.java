package dev.syndiff.ui;

import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Role;
import dev.syndiff.export.AtomicFileWriter;
import dev.syndiff.export.HtmlReportWriter;
import dev.syndiff.export.JsonReportWriter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Open · previous/next change · sync · filters · find · theme · export · about. */
public final class ViewerToolbar extends ToolBar {
    private final ViewerWindow window;
    private final ViewerPrefs prefs;
    private final MenuButton open = new MenuButton("Open");
    private final ToggleButton dark = new ToggleButton("Dark");
    private boolean quietTheme;

    public ViewerToolbar(ViewerWindow window, ViewerPrefs prefs) {
        this.window = window;
        this.prefs = prefs;
        refreshRecent();
        Button prev = button("\u25B2 Previous", "Previous change (Alt+Up)", () -> window.comparison().previous());
        Button next = button("Next \u25BC", "Next change (Alt+Down)", () -> window.comparison().next());
        prev.setId("prev-change");
        next.setId("next-change");
        javafx.scene.control.Label where = new javafx.scene.control.Label();
        where.setId("change-position");
        where.getStyleClass().add("change-position");
        window.comparison().currentStopProperty().addListener((o, a, n) -> where.setText(position(window)));
        window.comparison().rendersProperty().addListener((o, a, n) -> where.setText(position(window)));
        ToggleButton sync = new ToggleButton("Sync scroll");
        sync.setSelected(true);
        sync.setId("sync-toggle");
        sync.selectedProperty().addListener((o, a, on) -> window.comparison().scrollSync().setEnabled(on));
        MenuButton kinds = new MenuButton("Findings");
        for (FindingKind k : FindingKind.values()) {
            CheckMenuItem item = new CheckMenuItem(Styles.label(k));
            item.setId("kind-" + Styles.css(k));
            item.setSelected(true);
            item.selectedProperty().addListener((o, a, on) -> window.setKindShown(k, on));
            kinds.getItems().add(item);
        }
        MenuButton roles = new MenuButton("Roles");
        for (Role r : Role.values()) {
            CheckMenuItem item = new CheckMenuItem(Styles.label(r));
            item.setSelected(true);
            item.selectedProperty().addListener((o, a, on) -> window.setRoleShown(r, on));
            roles.getItems().add(item);
        }
        Button find = button("Find", "Find in text (Ctrl+F)", window::openFind);
        dark.setSelected(prefs.dark());
        dark.selectedProperty().addListener((o, a, on) -> {
            if (!quietTheme) {
                prefs.dark(on);
            }
            if (getScene() != null) {
                Theme.apply(getScene(), on);
            }
        });
        MenuButton export = new MenuButton("Export");
        MenuItem html = new MenuItem("HTML report\u2026");
        html.setOnAction(e -> export("html", () -> new HtmlReportWriter().toBytes(window.index().report(), window.triage().all())));
        MenuItem json = new MenuItem("JSON report\u2026");
        json.setOnAction(e -> export("json", () -> new JsonReportWriter().toBytes(window.index().report())));
        export.getItems().addAll(html, json);
        getItems().addAll(open, new Separator(), prev, next, where, sync, new Separator(), kinds, roles, find,
                new Separator(), dark, export, AboutDialog.button());
    }

    private static String position(ViewerWindow window) {
        ChangeIndex ci = window.comparison().changes();
        if (ci == null) {
            return "";
        }
        int at = window.comparison().currentStopProperty().get();
        return (at < 0 ? "–" : String.valueOf(at + 1)) + " of " + ci.size() + " changes";
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        LazyTooltip.install(b, tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    void refreshRecent() {
        open.getItems().clear();
        MenuItem folder = new MenuItem("Folder\u2026 (Ctrl+O)");
        folder.setOnAction(e -> openFolder());
        MenuItem files = new MenuItem("Files or a .zip\u2026");
        files.setOnAction(e -> openFiles());
        open.getItems().addAll(folder, files);
        List<Path> recent = prefs.recent();
        if (!recent.isEmpty()) {
            open.getItems().add(new SeparatorMenuItem());
            for (Path p : recent) {
                MenuItem item = new MenuItem(p.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> window.open(List.of(p)));
                open.getItems().add(item);
            }
        }
    }

    void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a bundle folder");
        File dir = chooser.showDialog(owner());
        if (dir != null) {
            window.open(List.of(dir.toPath()));
        }
    }

    private void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open copies or a .zip bundle");
        List<File> files = chooser.showOpenMultipleDialog(owner());
        if (files != null && !files.isEmpty()) {
            window.open(files.stream().map(File::toPath).toList());
        }
    }

    /** Asks where (the platform dialog confirms a replace), then writes atomically off the FX thread. */
    private void export(String ext, Supplier<byte[]> bytes) {
        if (window.index() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the report as " + ext.toUpperCase(java.util.Locale.ROOT));
        chooser.setInitialFileName(window.index().report().bundleName() + ".syndiff." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        File target = chooser.showSaveDialog(owner());
        if (target == null) {
            return;
        }
        window.executors().background().execute(() -> {
            try {
                AtomicFileWriter.replace(target.toPath(), bytes.get());
                window.executors().fx().execute(() -> window.status().setText("Exported " + target));
            } catch (java.io.IOException | RuntimeException ex) {
                window.executors().fx().execute(() -> window.problem("Could not write " + target + ": " + ex.getMessage()));
            }
        });
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public ToggleButton darkToggle() {
        return dark;
    }

    /** Shows a theme chosen from outside (the command line) without remembering it. */
    void showTheme(boolean on) {
        quietTheme = true;
        dark.setSelected(on);
        quietTheme = false;
    }
}
