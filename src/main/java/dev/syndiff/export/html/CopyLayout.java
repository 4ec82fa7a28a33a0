package dev.syndiff.export.html;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts one copy into the pieces the table shows, each character in at most one piece:
 * the aligned sentences (in their rows) and the loose stretches between them (headline,
 * chrome, comments...), each loose piece placed before the row of the next aligned sentence.
 */
final class CopyLayout {
    /**
     * @param row for a sentence its row position; for a loose piece the row it comes before
     *            (the row count means after the last row)
     */
    record Piece(int index, int start, int end, Role role, String sentenceId, int row) {
        boolean loose() {
            return sentenceId == null;
        }
    }

    final String text;
    final List<Piece> pieces = new ArrayList<>();
    private final Map<String, Piece> bySentence = new HashMap<>();
    private final Map<Integer, List<Piece>> looseBefore = new HashMap<>();

    CopyLayout(Article article, Map<String, Integer> rowOfSentence, int rowCount) {
        this.text = article.source().text();
        List<Sentence> aligned = new ArrayList<>(article.sentences().stream()
                .filter(s -> rowOfSentence.containsKey(s.id())).toList());
        aligned.sort(Comparator.comparingInt(Sentence::start));
        List<Segment> segments = new ArrayList<>(article.segments());
        segments.sort(Comparator.comparingInt(Segment::start));
        List<Piece> draft = new ArrayList<>();
        int cursor = 0;
        for (Sentence s : aligned) {
            int start = Math.max(cursor, s.start());
            if (start >= s.end()) {
                continue;
            }
            addLoose(draft, segments, cursor, start);
            draft.add(new Piece(0, start, s.end(), s.role(), s.id(), rowOfSentence.get(s.id())));
            cursor = s.end();
        }
        addLoose(draft, segments, cursor, text.length());
        int next = aligned.isEmpty() ? 0 : rowCount;
        for (int i = draft.size() - 1; i >= 0; i--) {
            Piece p = draft.get(i);
            if (!p.loose()) {
                next = p.row();
            } else {
                draft.set(i, new Piece(0, p.start(), p.end(), p.role(), null, next));
            }
        }
        if (draft.isEmpty()) {
            draft.add(new Piece(0, 0, 0, null, null, 0));
        }
        for (Piece p : draft) {
            Piece indexed = new Piece(pieces.size(), p.start(), p.end(), p.role(), p.sentenceId(), p.row());
            pieces.add(indexed);
            if (!indexed.loose()) {
                bySentence.put(indexed.sentenceId(), indexed);
            } else {
                looseBefore.computeIfAbsent(indexed.row(), k -> new ArrayList<>()).add(indexed);
            }
        }
    }

    /** The loose pieces shown just before the given row (the row count: after the last row). */
    List<Piece> looseBefore(int row) {
        return looseBefore.getOrDefault(row, List.of());
    }

    Piece sentence(String id) {
        return bySentence.get(id);
    }

    /** The aligned row whose sentence holds the offset, or -1. */
    int rowAt(int offset) {
        for (Piece p : pieces) {
            if (!p.loose() && p.start() <= offset && offset < p.end()) {
                return p.row();
            }
        }
        return -1;
    }

    /** The id of the table row showing [start, end): {@code r<n>} for an aligned row, {@code g<n>} for loose text. */
    String rowId(int start, int end) {
        Piece p = pieces.get(place(start, end)[0]);
        return (p.loose() ? "g" : "r") + p.row();
    }

    /** The piece and offset where something spanning [start, end) is anchored: its first shown character. */
    int[] place(int start, int end) {
        for (Piece p : pieces) {
            if (p.end() > start || (p.end() == start && start == end)) {
                return new int[] {p.index(), Math.min(Math.max(start, p.start()), p.end())};
            }
        }
        Piece last = pieces.get(pieces.size() - 1);
        return new int[] {last.index(), last.end()};
    }

    /** Adds the non-blank parts of [from, to), cut at segment edges, with their roles. */
    private void addLoose(List<Piece> out, List<Segment> segments, int from, int to) {
        int at = from;
        for (Segment seg : segments) {
            if (seg.end() <= at || seg.start() >= to) {
                continue;
            }
            if (seg.start() > at) {
                addTrimmed(out, at, seg.start(), null);
            }
            addTrimmed(out, Math.max(at, seg.start()), Math.min(to, seg.end()), seg.role());
            at = Math.min(to, seg.end());
        }
        addTrimmed(out, at, to, null);
    }

    private void addTrimmed(List<Piece> out, int from, int to, Role role) {
        while (from < to && blank(text.charAt(from))) {
            from++;
        }
        while (to > from && blank(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(new Piece(0, from, to, role, null, 0));
        }
    }

    /** Blank includes no-break and other Unicode spaces, which pages use as filler. */
    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
