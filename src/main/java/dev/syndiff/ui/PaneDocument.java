package dev.syndiff.ui;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text one pane shows: the copy's own text (so report offsets land on the right
 * characters) with hidden roles collapsed into one-line placeholders, and over-long lines
 * broken at sentence starts (a whitespace character becomes a newline: offsets do not move).
 */
public final class PaneDocument {
    /** A stretch of pane text: copied from the source, or a placeholder for hidden segments. */
    public record Piece(int paneStart, int sourceStart, int length, List<Integer> hiddenSegments) {
        public boolean isPlaceholder() {
            return !hiddenSegments.isEmpty();
        }

        int paneEnd() {
            return paneStart + length;
        }
    }

    static final int LONG_LINE = 1200;
    private final String text;
    private final List<Piece> pieces;
    private final int sourceLength;

    private PaneDocument(String text, List<Piece> pieces, int sourceLength) {
        this.text = text;
        this.pieces = List.copyOf(pieces);
        this.sourceLength = sourceLength;
    }

    public static PaneDocument build(Article article, Set<Role> hiddenRoles, Set<Integer> expanded) {
        String src = article.source().text();
        StringBuilder out = new StringBuilder(src.length());
        List<Piece> pieces = new ArrayList<>();
        List<Segment> segs = article.segments();
        int pos = 0;
        for (int i = 0; i < segs.size(); i++) {
            if (!hiddenRoles.contains(segs.get(i).role()) || expanded.contains(i)) {
                continue;
            }
            List<Integer> group = new ArrayList<>(List.of(i));
            Role role = segs.get(i).role();
            while (i + 1 < segs.size() && segs.get(i + 1).role() == role && !expanded.contains(i + 1)) {
                group.add(++i);
            }
            int hideStart = segs.get(group.get(0)).start();
            int hideEnd = segs.get(group.get(group.size() - 1)).end();
            copy(src, pos, hideStart, out, pieces);
            String label = "\u22EF " + group.size() + " " + label(role) + " segment"
                    + (group.size() == 1 ? "" : "s") + " hidden (click to show) \u22EF";
            pieces.add(new Piece(out.length(), hideStart, label.length(), group));
            out.append(label);
            pos = hideEnd;
        }
        copy(src, pos, src.length(), out, pieces);
        PaneDocument draft = new PaneDocument(out.toString(), pieces, src.length());
        return draft.withLineBreaks(article.sentences());
    }

    static String label(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void copy(String src, int from, int to, StringBuilder out, List<Piece> pieces) {
        if (to <= from) {
            return;
        }
        pieces.add(new Piece(out.length(), from, to - from, List.of()));
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            // RichTextFX splits paragraphs on \n only; a lone \r or other line break becomes a space
            out.append(c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' ? ' ' : c);
        }
    }

    private PaneDocument withLineBreaks(List<Sentence> sentences) {
        StringBuilder sb = new StringBuilder(text);
        int lineStart = 0;
        int next = 0;
        List<Integer> starts = sentences.stream().map(s -> toPane(s.start())).sorted().toList();
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                continue;
            }
            while (next < starts.size() && starts.get(next) <= i) {
                next++;
            }
            // a long line without sentence breaks still gets broken at a space, so no paragraph is huge
            boolean atSentence = next < starts.size() && starts.get(next) == i + 1;
            boolean tooLong = i - lineStart > LONG_LINE * 4;
            if (Character.isWhitespace(c) && i - lineStart > LONG_LINE && (atSentence || tooLong)) {
                sb.setCharAt(i, '\n');
                lineStart = i + 1;
            }
        }
        return new PaneDocument(sb.toString(), pieces, sourceLength);
    }

    public String text() {
        return text;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** Pane offset of a source offset; inside a hidden stretch, the placeholder's start. */
    public int toPane(int sourceOffset) {
        Piece p = pieceForSource(sourceOffset);
        if (p == null) {
            return text.length();
        }
        return p.isPlaceholder() ? p.paneStart() : p.paneStart() + (sourceOffset - p.sourceStart());
    }

    /** Source offset of a pane offset; a placeholder maps to the start of what it hides. */
    public int toSource(int paneOffset) {
        for (Piece p : pieces) {
            if (paneOffset < p.paneEnd()) {
                return p.isPlaceholder() ? p.sourceStart() : p.sourceStart() + Math.max(0, paneOffset - p.paneStart());
            }
        }
        return sourceLength;
    }

    /** The visible parts of a source span, as pane ranges {start, end}. */
    public List<int[]> toPaneRanges(Span span) {
        List<int[]> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.isPlaceholder()) {
                continue;
            }
            int s = Math.max(span.start(), p.sourceStart());
            int e = Math.min(span.end(), p.sourceStart() + p.length());
            if (s < e) {
                out.add(new int[] {p.paneStart() + s - p.sourceStart(), p.paneStart() + e - p.sourceStart()});
            }
        }
        return out;
    }

    /** The placeholder piece at a pane offset, or null. */
    public Piece placeholderAt(int paneOffset) {
        for (Piece p : pieces) {
            if (p.isPlaceholder() && paneOffset >= p.paneStart() && paneOffset <= p.paneEnd()) {
                return p;
            }
        }
        return null;
    }

    private Piece pieceForSource(int offset) {
        Piece last = null;
        for (Piece p : pieces) {
            if (p.sourceStart() > offset) {
                break;
            }
            last = p;
        }
        if (last == null) {
            return pieces.isEmpty() ? null : pieces.get(0);
        }
        return last;
    }
}
