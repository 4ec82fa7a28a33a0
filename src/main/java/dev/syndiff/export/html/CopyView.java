package dev.syndiff.export.html;

import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One copy ready to draw: its layout, the highlights over it and the anchors placed in it. */
final class CopyView {
    final CopyLayout layout;
    private final List<Mark> marks = new ArrayList<>();
    private final List<Mark> roleMarks = new ArrayList<>();
    private final Map<Integer, List<Anchor>> anchors = new TreeMap<>();

    CopyView(CopyLayout layout, List<Segment> segments) {
        this.layout = layout;
        for (Segment s : segments) {
            if (s.role() != Role.BODY) {
                roleMarks.add(new Mark(s.start(), s.end(), Labels.roleClass(s.role())));
            }
        }
    }

    void mark(int start, int end, String cls) {
        mark(start, end, "i", cls);
    }

    void mark(int start, int end, String tag, String cls) {
        int len = layout.text.length();
        int s = Math.min(Math.max(0, start), len);
        marks.add(new Mark(s, Math.min(Math.max(s, end), len), tag, cls));
    }

    /** Places markup (a finding marker) at the first shown character of [start, end). */
    void markup(int start, int end, String html) {
        int[] at = layout.place(start, end);
        anchors.computeIfAbsent(at[0], k -> new ArrayList<>()).add(Anchor.markup(at[1], html));
    }

    /** Places an id at the first shown character of [start, end). */
    void id(int start, int end, String id) {
        int[] at = layout.place(start, end);
        anchors.computeIfAbsent(at[0], k -> new ArrayList<>()).add(Anchor.id(at[1], id));
    }

    /** The piece as escaped HTML; sentences also show the roles of ads spliced into them. */
    String render(CopyLayout.Piece p) {
        List<Mark> all = marks;
        if (!p.loose()) {
            all = new ArrayList<>(roleMarks);
            all.addAll(marks);
        }
        return Highlighter.render(layout.text, p.start(), p.end(), all,
                anchors.getOrDefault(p.index(), List.of()));
    }
}
