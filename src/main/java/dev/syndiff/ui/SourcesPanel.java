package dev.syndiff.ui;

import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.SourceSummary;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Every copy with its file, encoding, language, story badge, counts per finding kind and
 * warnings; check boxes choose the shown copies, a radio button the reference.
 */
public final class SourcesPanel extends ScrollPane {
    private final VBox list = new VBox(6);
    private final Consumer<List<String>> onShown;
    private final Consumer<String> onReference;
    private final BiConsumer<String, Span> jump;
    private final List<CheckBox> boxes = new ArrayList<>();
    static final int CHUNK = 3; // about ten labels a copy: thirty a frame
    private int generation;

    public SourcesPanel(Consumer<List<String>> onShown, Consumer<String> onReference, BiConsumer<String, Span> jump) {
        this.onShown = onShown;
        this.onReference = onReference;
        this.jump = jump;
        getStyleClass().add("sources-panel");
        list.getStyleClass().add("sources-list");
        setContent(list);
        setFitToWidth(true);
        setId("sources-panel");
    }

    public void setReport(ReportIndex idx, List<String> shown) {
        setReport(idx, shown, Runnable::run);
    }

    /**
     * As above, {@value #CHUNK} copies per task on {@code fx} (the viewer gives one that waits a frame), so a pulse runs between them
     * (a bundle of fifty copies is hundreds of nodes); entries are replaced in place, not cleared first.
     */
    public void setReport(ReportIndex idx, List<String> shown, Executor fx) {
        int gen = ++generation;
        boxes.clear();
        ToggleGroup refGroup = new ToggleGroup();
        fill(gen, idx, shown, refGroup, 0, fx);
    }

    /** Stops a filling still under way (its next chunks do nothing); a newer report fills the list again. */
    public void stopFilling() {
        generation++;
    }

    private void fill(int gen, ReportIndex idx, List<String> shown, ToggleGroup refGroup, int from, Executor fx) {
        if (gen != generation) {
            return; // a newer report is being filled in
        }
        List<SourceSummary> all = idx.report().sources();
        int to = Math.min(all.size(), from + CHUNK);
        for (int i = from; i < to; i++) {
            VBox entry = entry(idx, all.get(i), shown, refGroup);
            if (i < list.getChildren().size()) {
                list.getChildren().set(i, entry);
            } else {
                list.getChildren().add(entry);
            }
        }
        if (to < all.size()) {
            fx.execute(() -> fill(gen, idx, shown, refGroup, to, fx));
            return;
        }
        list.getChildren().remove(to, list.getChildren().size());
        for (var w : idx.report().warnings()) {
            Label l = new Label("\u26A0 " + w.file() + ": " + w.message());
            l.getStyleClass().addAll("warning", "bundle-warning");
            l.setWrapText(true);
            list.getChildren().add(l);
        }
        for (String n : idx.report().notices()) {
            Label l = new Label(n);
            l.getStyleClass().add("note");
            l.setWrapText(true);
            list.getChildren().add(l);
        }
        limitChecks();
    }

    private VBox entry(ReportIndex idx, SourceSummary s, List<String> shown, ToggleGroup refGroup) {
        String ref = idx.report().reference();
        boolean isRef = s.id().equals(ref);
        RadioButton asRef = new RadioButton("reference");
        asRef.setToggleGroup(refGroup);
        asRef.setSelected(isRef);
        asRef.setOnAction(e -> onReference.accept(s.id()));
        CheckBox show = new CheckBox(s.file());
        show.setMnemonicParsing(false); // file names hold underscores
        show.setId("show-" + s.id());
        show.setUserData(s.id());
        show.setSelected(shown.contains(s.id()));
        show.setDisable(isRef);
        if (isRef) {
            show.getProperties().put("role", "ref");
        }
        show.getStyleClass().add("source-name");
        show.setOnAction(e -> shownChanged());
        boxes.add(show);
        Label meta = new Label(s.encoding() + " \u00B7 " + s.chars() + " chars");
        meta.getStyleClass().add("source-meta");
        Label lang = new Label(Languages.name(s.language()));
        lang.getStyleClass().addAll("badge", "badge-language");
        lang.setId("language-" + s.id());
        Label story = new Label(s.sameStory() ? "same story" : "different story");
        story.getStyleClass().addAll("badge", s.sameStory() ? "badge-same" : "badge-different");
        FlowPane badges = new FlowPane(4, 4, lang, story);
        SourceSummary refSummary = idx.summary(ref);
        if (!isRef && refSummary != null && Languages.differ(s.language(), refSummary.language())) {
            Label tr = new Label("translated from " + Languages.name(refSummary.language()));
            tr.getStyleClass().addAll("badge", "badge-translated");
            badges.getChildren().add(tr);
        }
        if (s.machineTranslated()) {
            Label mt = new Label("machine translated");
            mt.getStyleClass().addAll("badge", "badge-mt");
            mt.setId("mt-" + s.id());
            badges.getChildren().add(mt);
        }
        counts(idx, s.id()).forEach((kind, n) -> {
            Label l = new Label(n + " " + Styles.label(kind).toLowerCase(java.util.Locale.ROOT));
            l.getStyleClass().addAll("badge", "count", Styles.of(kind));
            badges.getChildren().add(l);
        });
        VBox entry = new VBox(2, new HBox(6, show, asRef), meta, badges);
        entry.getStyleClass().add("source-entry");
        for (String w : s.warnings()) {
            Label l = new Label("\u26A0 " + w);
            l.getStyleClass().add("warning");
            l.setWrapText(true);
            entry.getChildren().add(l);
        }
        for (String n : s.notes()) {
            Label l = new Label(n);
            l.getStyleClass().add("note");
            l.setWrapText(true);
            entry.getChildren().add(l);
        }
        int removed = isRef || !s.sameStory() ? 0 : removedCount(idx, s.id(), ref);
        if (removed > 0) {
            // the links are made when the reader opens the list, not for every copy up front
            VBox links = new VBox(2);
            TitledPane tp = new TitledPane("Removed here (" + removed + ")", links);
            tp.setExpanded(false);
            tp.getStyleClass().add("removed-parts");
            tp.expandedProperty().addListener((o, a, open) -> {
                if (open && links.getChildren().isEmpty()) {
                    links.getChildren().setAll(removedParts(idx, s.id(), ref).getChildren());
                }
            });
            entry.getChildren().add(tp);
        }
        return entry;
    }

    /** Reference sentences with no counterpart in this copy: what the copy left out. */
    private VBox removedParts(ReportIndex idx, String source, String ref) {
        VBox box = new VBox(2);
        for (AlignmentRow row : idx.report().alignment()) {
            Span refSpan = idx.blockSpan(row, ref);
            if (refSpan != null && !row.cells().containsKey(source)) {
                String text = idx.article(ref).source().slice(refSpan).replaceAll("\\s+", " ");
                Hyperlink link = new Hyperlink(text.length() > 120 ? text.substring(0, 117) + "\u2026" : text);
                link.setWrapText(true);
                link.setOnAction(e -> jump.accept(ref, refSpan));
                box.getChildren().add(link);
            }
        }
        return box;
    }

    private static int removedCount(ReportIndex idx, String source, String ref) {
        int n = 0;
        for (AlignmentRow row : idx.report().alignment()) {
            if (!row.cells().containsKey(source) && idx.blockSpan(row, ref) != null) {
                n++;
            }
        }
        return n;
    }

    private static Map<FindingKind, Integer> counts(ReportIndex idx, String source) {
        Map<FindingKind, Integer> m = new EnumMap<>(FindingKind.class);
        for (Finding f : idx.findings(source)) {
            m.merge(f.kind(), 1, Integer::sum);
        }
        return m;
    }

    private void shownChanged() {
        limitChecks();
        List<String> ids = new ArrayList<>();
        for (CheckBox b : boxes) {
            if (b.isSelected() || b.isDisabled() && b.isSelected()) {
                ids.add((String) b.getUserData());
            }
        }
        onShown.accept(ids);
    }

    /** At most four copies beside the reference: further boxes wait until one is unchecked. */
    private void limitChecks() {
        long copies = boxes.stream().filter(b -> b.isSelected() && !b.isDisabled()).count();
        for (CheckBox b : boxes) {
            if (!b.isSelected() && !"ref".equals(b.getProperties().get("role"))) {
                b.setDisable(copies >= ComparisonView.MAX_COPIES);
            }
        }
    }

    /** Ticks the shown copies' boxes (a copy brought into view from elsewhere) without rebuilding the list. */
    public void markShown(List<String> shown) {
        for (CheckBox b : boxes) {
            b.setSelected(shown.contains((String) b.getUserData()));
        }
        limitChecks();
    }

    public List<CheckBox> boxes() {
        return List.copyOf(boxes);
    }
}
