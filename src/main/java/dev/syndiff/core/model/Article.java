package dev.syndiff.core.model;

import java.util.List;

/** A copy split into its parts: role segments covering the text and the sentences in them. */
public record Article(Source source, List<Segment> segments, List<Sentence> sentences) {
    public Article {
        segments = List.copyOf(segments);
        sentences = List.copyOf(sentences);
    }

    public String id() {
        return source.id();
    }

    public List<Sentence> bodySentences() {
        return sentences.stream().filter(s -> s.role() == Role.BODY).toList();
    }
}
