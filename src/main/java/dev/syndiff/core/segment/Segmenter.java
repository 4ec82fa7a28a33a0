package dev.syndiff.core.segment;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Splits a copy into role segments and sentences. STUB: every paragraph is BODY. */
public final class Segmenter {
    private final SentenceSplitter splitter = new SentenceSplitter();

    public Article segment(Source source) {
        String text = source.text();
        List<Segment> segments = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= text.length()) break;
            int end = text.indexOf('\n', i);
            if (end < 0) end = text.length();
            int e = end;
            while (e > i && Character.isWhitespace(text.charAt(e - 1))) e--;
            Span span = new Span(i, e);
            segments.add(new Segment(source.id(), Role.BODY, span, span.of(text)));
            for (Span s : splitter.split(text, span)) {
                int idx = sentences.size();
                sentences.add(new Sentence(source.id() + "#" + idx, source.id(), idx, s, s.of(text), Role.BODY));
            }
            i = end;
        }
        return new Article(source, segments, sentences);
    }
}
