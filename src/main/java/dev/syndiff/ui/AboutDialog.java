package dev.syndiff.ui;

import dev.syndiff.Version;
import dev.syndiff.ui.ShippedLibraries.Library;
import java.io.InputStream;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: the version of this build and the libraries it ships, with their licenses. */
public final class AboutDialog {
    /** The app icon; the pom copies it from {@code assets/} into the jar. */
    static final String ICON = "/dev/syndiff/assets/syndiff.png";

    private AboutDialog() {
    }

    /** A toolbar button that opens the dialog over the button's window. */
    public static Button button() {
        Button about = new Button("About");
        about.setId("about-button");
        LazyTooltip.install(about, "Version and licenses");
        about.setOnAction(e -> show(about.getScene() == null ? null : about.getScene().getWindow()));
        return about;
    }

    /** Opens the dialog without blocking (the viewer keeps working behind it). */
    public static void show(Window owner) {
        create(owner).show();
    }

    static Dialog<Void> create(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("About Syndiff");
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                // the owner's CSS carries the theme (light or dark)
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
                dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            }
        }
        dialog.getDialogPane().setContent(content());
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    /** The dialog's body, apart from the window so tests can read it. */
    static VBox content() {
        Label title = new Label("Syndiff");
        title.getStyleClass().addAll("about-title", "title-2");
        Label version = new Label("Version " + Version.current());
        version.setId("about-version");
        Label what = new Label("Compares syndicated copies of one news story.");
        VBox heading = new VBox(4, title, version, what);
        HBox top = new HBox(16, heading);
        Image image = icon();
        if (image != null) {
            ImageView view = new ImageView(image);
            view.setFitWidth(64);
            view.setFitHeight(64);
            top.getChildren().add(0, view);
        }
        Label shipped = new Label("Syndiff ships these libraries (each with its own dependencies, listed in the jar under META-INF/maven):");
        shipped.setWrapText(true);
        VBox box = new VBox(12, top, shipped, libraryTable(ShippedLibraries.all()));
        box.getStyleClass().add("about");
        box.setPadding(new Insets(12, 16, 4, 16));
        box.setPrefWidth(610);
        return box;
    }

    private static Node libraryTable(List<Library> libraries) {
        TableView<Library> table = new TableView<>(FXCollections.observableArrayList(libraries));
        table.setId("about-libraries");
        table.getColumns().add(column("Library", Library::name, 215));
        table.getColumns().add(column("Version", Library::version, 85));
        table.getColumns().add(column("License", Library::license, 275));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(360);
        return table;
    }

    private static TableColumn<Library, String> column(String title, java.util.function.Function<Library, String> value, double width) {
        TableColumn<Library, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The app icon for windows and this dialog; null when the build left it out. */
    /** The icon, decoded on JavaFX's loader thread; null when the jar lacks it. */
    static Image iconInBackground() {
        java.net.URL url = AboutDialog.class.getResource(ICON);
        return url == null ? null : new Image(url.toExternalForm(), true);
    }

    public static Image icon() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(ICON)) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
