package dev.syndiff.ui;

import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.TriageMark;
import dev.syndiff.export.TriageStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The fact-checker's verdicts for the open bundle, saved beside it after every change. */
public final class TriageBook {
    private final ObservableMap<String, TriageMark> marks = FXCollections.observableHashMap();
    private final UiExecutors exec;
    private final Consumer<String> problems;
    private TriageStore store;
    private Path bundle;
    private String bundleName = "";

    public TriageBook(UiExecutors exec, Consumer<String> problems) {
        this.exec = exec;
        this.problems = problems;
    }

    /**
     * Switches to a bundle's store and loads its marks. The store (and Jackson with it) is made
     * on the worker too: its first use costs a few hundred ms that the FX thread must not pay.
     */
    public void open(String name, Path bundlePath) {
        Path key = bundlePath.toAbsolutePath().normalize();
        if (key.equals(bundle)) {
            return;
        }
        bundle = key;
        store = null;
        bundleName = name;
        marks.clear();
        exec.background().execute(() -> {
            TriageStore next = TriageStore.beside(bundlePath);
            try {
                List<TriageMark> loaded = next.load();
                exec.fx().execute(() -> arrived(key, next, loaded));
            } catch (IOException | RuntimeException e) {
                exec.fx().execute(() -> {
                    arrived(key, next, List.of());
                    problems.accept("Could not read triage marks from " + next.file() + ": " + e.getMessage());
                });
            }
        });
    }

    private void arrived(Path key, TriageStore next, List<TriageMark> loaded) {
        if (!key.equals(bundle)) {
            return;
        }
        boolean markedMeanwhile = !marks.isEmpty();
        store = next;
        loaded.forEach(m -> marks.putIfAbsent(m.findingKey(), m));
        if (markedMeanwhile) {
            save(); // marks made before the store was ready are saved now
        }
    }

    public ObservableMap<String, TriageMark> marks() {
        return marks;
    }

    public TriageMark get(Finding f) {
        return marks.get(TriageMark.keyOf(f));
    }

    public void mark(Finding f, TriageMark.Verdict verdict, String note) {
        String key = TriageMark.keyOf(f);
        if (verdict == null) {
            marks.remove(key);
        } else {
            marks.put(key, new TriageMark(key, verdict, note == null ? "" : note));
        }
        save();
    }

    public List<TriageMark> all() {
        return new ArrayList<>(marks.values());
    }

    public Path file() {
        return store == null ? null : store.file();
    }

    private void save() {
        TriageStore s = store;
        if (s == null) {
            return;
        }
        List<TriageMark> snapshot = all();
        snapshot.sort(java.util.Comparator.comparing(TriageMark::findingKey));
        String name = bundleName;
        exec.background().execute(() -> {
            try {
                s.save(name, snapshot);
            } catch (IOException | RuntimeException e) {
                exec.fx().execute(() -> problems.accept("Could not save triage marks to " + s.file() + ": " + e.getMessage()));
            }
        });
    }
}
