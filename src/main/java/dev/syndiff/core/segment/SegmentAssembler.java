package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the marked-up lines into segments: a line's prefix cut and dateline become their own
 * segments, foreign-script ad runs are cut out of text lines, and consecutive body (or comment)
 * lines of one paragraph become one segment.
 */
final class SegmentAssembler {
    private record Piece(int start, int end, Role role, int block) {
    }

    private SegmentAssembler() {
    }

    static List<Segment> assemble(Markup m, String sourceId) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            Line l = m.line(i);
            Role role = m.roles[i] == null ? Role.BODY : m.roles[i];
            int from = l.start();
            if (m.cut[i] > l.start()) {
                add(pieces, m.page.text, from, m.cut[i], m.cutRole[i], l.block());
                from = m.cut[i];
            }
            if (i == m.bodyStart && role == Role.BODY) {
                int d = DatelineRule.length(m.page.text.substring(skip(m.page.text, from, l.end()), l.end()));
                if (d > 0) {
                    int s = skip(m.page.text, from, l.end());
                    add(pieces, m.page.text, s, s + d, Role.DATELINE, l.block());
                    from = s + d;
                }
            }
            if (role == Role.BODY || role == Role.HEADLINE || role == Role.SUBHEAD || role == Role.CAPTION) {
                List<int[]> ads = new ArrayList<>(ForeignScript.runs(m.page, from, l.end()));
                ads.addAll(ForeignScript.capitalLabels(m.page.text, from, l.end()));
                int[] tail = ForeignScript.trailingLabel(m.page.text, from, l.end());
                if (tail != null && ads.stream().noneMatch(r -> r[1] > tail[0])) ads.add(tail);
                ads.sort((x, y) -> Integer.compare(x[0], y[0]));
                for (int[] run : ads) {
                    if (run[0] < from) continue;
                    add(pieces, m.page.text, from, run[0], role, l.block());
                    add(pieces, m.page.text, run[0], run[1], Role.AD_ARTIFACT, l.block());
                    from = run[1];
                }
            }
            add(pieces, m.page.text, from, l.end(), role, l.block());
        }
        return merge(pieces, m.page.text, sourceId);
    }

    private static int skip(String t, int from, int end) {
        while (from < end && Chars.isSpace(t.charAt(from))) from++;
        return from;
    }

    private static void add(List<Piece> out, String t, int s, int e, Role role, int block) {
        while (s < e && Chars.isSpace(t.charAt(s))) s++;
        while (e > s && Chars.isSpace(t.charAt(e - 1))) e--;
        if (e > s) out.add(new Piece(s, e, role, block));
    }

    /** Body and comment lines of one paragraph are one segment (a hard-wrapped paragraph stays whole). */
    private static List<Segment> merge(List<Piece> pieces, String text, String id) {
        List<Segment> out = new ArrayList<>();
        Piece cur = null;
        for (Piece p : pieces) {
            if (cur != null && cur.role() == p.role() && cur.block() == p.block()
                    && (p.role() == Role.BODY || p.role() == Role.COMMENT || p.role() == Role.RELATED_ARTICLE)) {
                cur = new Piece(cur.start(), p.end(), p.role(), p.block());
                continue;
            }
            if (cur != null) out.add(segment(cur, text, id));
            cur = p;
        }
        if (cur != null) out.add(segment(cur, text, id));
        return out;
    }

    private static Segment segment(Piece p, String text, String id) {
        Span span = new Span(p.start(), p.end());
        return new Segment(id, p.role(), span, span.of(text));
    }
}
