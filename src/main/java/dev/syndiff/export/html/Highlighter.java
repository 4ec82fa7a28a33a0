package dev.syndiff.export.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a stretch of a copy plus marks into escaped, well-formed HTML. Marks that nest become
 * nested elements (an edit inside a finding); a mark that crosses another's end is closed there
 * and reopened after it, so crossing highlights never produce broken markup.
 */
final class Highlighter {
    private Highlighter() {
    }

    static String render(String text, int from, int to, List<Mark> marks, List<Anchor> anchors) {
        Set<Mark> spans = new LinkedHashSet<>();
        List<Mark> carets = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Mark m : marks) {
            if (m.start() == m.end() && m.start() >= from && m.start() <= to) {
                carets.add(m);
                cuts.add(m.start());
            } else if (m.start() < to && m.end() > from) {
                Mark c = new Mark(Math.max(from, m.start()), Math.min(to, m.end()), m.tag(), m.cls());
                spans.add(c);
                cuts.add(c.start());
                cuts.add(c.end());
            }
        }
        List<Anchor> here = new ArrayList<>();
        for (Anchor a : anchors) {
            if (a.at() >= from && a.at() <= to) {
                here.add(a);
                cuts.add(a.at());
            }
        }
        List<Mark> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        StringBuilder out = new StringBuilder();
        Deque<Mark> open = new ArrayDeque<>();
        Integer prev = null;
        for (int x : cuts) {
            if (prev != null) {
                out.append(Text.html(text.substring(prev, x)));
            }
            List<Mark> reopen = close(out, open, x);
            List<String> ids = points(out, x, here, carets);
            List<Mark> starting = new ArrayList<>(reopen);
            if (x < to) {
                sorted.stream().filter(m -> m.start() == x).forEach(starting::add);
            }
            starting.sort(Comparator.comparingInt(Mark::end).reversed());
            for (Mark m : starting) {
                out.append(m.open(!ids.isEmpty() && !reopen.contains(m) ? ids.remove(0) : null));
                open.push(m);
            }
            for (String id : ids) {
                out.append("<i id=\"").append(id).append("\"></i>");
            }
            prev = x;
        }
        return out.toString();
    }

    /** Closes every element whose mark ends at x, and returns those closed on the way to reopen. */
    private static List<Mark> close(StringBuilder out, Deque<Mark> open, int x) {
        List<Mark> reopen = new ArrayList<>();
        while (open.stream().anyMatch(m -> m.end() <= x)) {
            Mark top = open.pop();
            out.append(top.close());
            if (top.end() > x) {
                reopen.add(top);
            }
        }
        return reopen;
    }

    /** Emits markers and carets at x; returns the ids that want to sit on an element starting here. */
    private static List<String> points(StringBuilder out, int x, List<Anchor> anchors, List<Mark> carets) {
        List<String> ids = new ArrayList<>();
        for (Anchor a : anchors) {
            if (a.at() != x) {
                continue;
            }
            if (a.html() != null) {
                out.append(a.html());
            } else {
                ids.add(a.id());
            }
        }
        for (Mark m : carets) {
            if (m.start() == x) {
                out.append(m.open(null)).append(m.close());
            }
        }
        return ids;
    }
}
