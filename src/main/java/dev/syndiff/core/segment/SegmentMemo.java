package dev.syndiff.core.segment;

import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the segmenter computes from a line or a paragraph alone, remembered for one run: the
 * copies of a story repeat most of their lines verbatim. Each answer is the one the plain
 * computation gives (spans kept relative to the text and shifted into place), so a run with the
 * memo segments exactly as one without. Thread-safe; {@link #NONE} remembers nothing.
 */
public final class SegmentMemo {
    /** Computes every answer afresh (single copies, tests). */
    public static final SegmentMemo NONE = new SegmentMemo(false);

    private final boolean on;
    private final Map<String, String> norms = new ConcurrentHashMap<>();
    private final Map<String, Set<String>[]> topics = new ConcurrentHashMap<>();
    private final Map<String, Set<String>[]> sentenceTopics = new ConcurrentHashMap<>();
    private final Map<SentenceSplitter, Map<String, List<Span>>> sentences = new ConcurrentHashMap<>();
    private final Map<String, Integer> credits = new ConcurrentHashMap<>();

    public SegmentMemo() {
        this(true);
    }

    private SegmentMemo(boolean on) {
        this.on = on;
    }

    /** {@link Lexicon#norm} of a line. */
    String norm(String line) {
        return on ? norms.computeIfAbsent(line, Lexicon::norm) : Lexicon.norm(line);
    }

    /** {@link CaptionRule#creditAt} of a line's norm. */
    int credit(String norm) {
        return on ? credits.computeIfAbsent(norm, CaptionRule::creditAt) : CaptionRule.creditAt(norm);
    }

    /** A line's content words and names as {@link RelatedArticleRule#addWords} and {@code addNames} find them. */
    Set<String>[] topics(String line) {
        return on ? topics.computeIfAbsent(line, l -> topicsByPiece(l, p -> sentenceTopics.computeIfAbsent(p, SegmentMemo::topicsOf)))
                : topicsOf(line);
    }

    /**
     * A line's topics as the union of its pieces' ({@code piece} gives a piece's topics): the line
     * is cut at a space after a sentence stop, where no word runs on and {@code addNames} starts
     * afresh, so the union is the line's answer. Copies that reword a paragraph keep most of its
     * sentences.
     */
    @SuppressWarnings("unchecked")
    static Set<String>[] topicsByPiece(String line, Function<String, Set<String>[]> piece) {
        Set<String> words = new HashSet<>();
        Set<String> names = new HashSet<>();
        int from = 0;
        boolean stop = false; // a sentence stop since the last letter
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c == ' ' && (stop || i == line.length())) {
                Set<String>[] t = piece.apply(line.substring(from, i));
                words.addAll(t[0]);
                names.addAll(t[1]);
                from = i + 1;
                stop = false;
            } else if (Character.isLetter(c)) {
                stop = false;
            } else if (Chars.isTerminal(c)) {
                stop = true;
            }
        }
        return new Set[] {Collections.unmodifiableSet(words), Collections.unmodifiableSet(names)};
    }

    @SuppressWarnings("unchecked")
    static Set<String>[] topicsOf(String line) {
        Set<String> words = new HashSet<>();
        Set<String> names = new HashSet<>();
        RelatedArticleRule.addWords(line, words);
        RelatedArticleRule.addNames(line, names);
        return new Set[] {Set.copyOf(words), Set.copyOf(names)};
    }

    /** {@code splitter.split(text, region)}: a region's sentences depend on its text alone. */
    List<Span> split(SentenceSplitter splitter, String text, Span region) {
        if (!on) {
            return splitter.split(text, region);
        }
        Function<String, List<Span>> fresh = part -> List.copyOf(splitter.split(part, new Span(0, part.length())));
        List<Span> local = sentences.computeIfAbsent(splitter, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(region.of(text), fresh);
        List<Span> out = new ArrayList<>(local.size());
        for (Span s : local) {
            out.add(new Span(region.start() + s.start(), region.start() + s.end()));
        }
        return out;
    }
}
