package dev.syndiff.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** What the viewer remembers between runs (java.util.prefs): window size, theme, recent bundles. */
public final class ViewerPrefs {
    private static final int RECENT = 8;
    private final Preferences node;

    public ViewerPrefs(Preferences node) {
        this.node = node;
    }

    public static ViewerPrefs user() {
        return new ViewerPrefs(Preferences.userRoot().node("dev/syndiff/viewer"));
    }

    public double width() {
        return node.getDouble("width", 1500);
    }

    public double height() {
        return node.getDouble("height", 920);
    }

    public void size(double w, double h) {
        node.putDouble("width", w);
        node.putDouble("height", h);
    }

    public boolean dark() {
        return node.getBoolean("dark", false);
    }

    public void dark(boolean on) {
        node.putBoolean("dark", on);
    }

    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void addRecent(Path bundle) {
        List<Path> list = new ArrayList<>(recent());
        Path abs = bundle.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT; i++) {
            if (i < list.size()) {
                node.put("recent." + i, list.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }
}
