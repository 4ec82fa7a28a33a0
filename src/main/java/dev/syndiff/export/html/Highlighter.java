package dev.syndiff.export.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a stretch of a copy plus overlapping marks into escaped HTML: the marks are cut at
 * every boundary into non-overlapping fragments, each one span carrying the classes of all
 * marks over it, so nested or crossing highlights never produce broken markup.
 */
final class Highlighter {
    private Highlighter() {
    }

    static String render(String text, int from, int to, List<Mark> marks, List<Anchor> anchors) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        List<Mark> live = new ArrayList<>();
        for (Mark m : marks) {
            boolean overlaps = m.start() < to && m.end() > from;
            boolean caret = m.start() == m.end() && m.start() >= from && m.start() <= to;
            if (overlaps || caret) {
                live.add(m);
                cuts.add(Math.max(from, m.start()));
                cuts.add(Math.min(to, m.end()));
            }
        }
        List<Anchor> here = new ArrayList<>();
        for (Anchor a : anchors) {
            if (a.at() >= from && a.at() <= to) {
                here.add(a);
                cuts.add(a.at());
            }
        }
        StringBuilder out = new StringBuilder();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                fragment(out, text, prev, cut, live, here);
            }
            prev = cut;
        }
        emitPoint(out, to, live, here, false);
        return out.toString();
    }

    private static void fragment(StringBuilder out, String text, int x, int y, List<Mark> live,
                                 List<Anchor> anchors) {
        String pendingId = emitPoint(out, x, live, anchors, true);
        Set<String> classes = new LinkedHashSet<>();
        for (Mark m : live) {
            if (m.start() <= x && m.end() >= y) {
                classes.add(m.cls());
            }
        }
        String body = Text.html(text.substring(x, y));
        if (classes.isEmpty()) {
            if (pendingId != null) {
                out.append("<span id=\"").append(pendingId).append("\"></span>");
            }
            out.append(body);
            return;
        }
        out.append("<span");
        if (pendingId != null) {
            out.append(" id=\"").append(pendingId).append('"');
        }
        out.append(" class=\"").append(String.join(" ", classes)).append("\">").append(body).append("</span>");
    }

    /**
     * Emits what sits at one offset: markers, carets and all ids but the first (which is
     * returned so the fragment starting here can carry it). At the end offset nothing is held.
     */
    private static String emitPoint(StringBuilder out, int at, List<Mark> live, List<Anchor> anchors,
                                    boolean holdFirstId) {
        String held = null;
        for (Anchor a : anchors) {
            if (a.at() != at) {
                continue;
            }
            if (a.html() != null) {
                out.append(a.html());
            } else if (holdFirstId && held == null) {
                held = a.id();
            } else {
                out.append("<span id=\"").append(a.id()).append("\"></span>");
            }
        }
        for (Mark m : live) {
            if (m.start() == at && m.end() == at) {
                out.append("<span class=\"caret ").append(m.cls()).append("\"></span>");
            }
        }
        return held;
    }
}
