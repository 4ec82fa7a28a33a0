package dev.syndiff.core.segment;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Source;
import java.util.List;

/** Test helpers: segment an invented page and look segments up by their text. */
final class Pages {
    private Pages() {
    }

    static Article segment(String text) {
        return new Segmenter().segment(new Source("t", "t.txt", text, "UTF-8", List.of()));
    }

    /** The role of the segment that holds the snippet (fails when no one segment holds it). */
    static Role roleOf(Article a, String snippet) {
        String text = a.source().text();
        int at = text.indexOf(snippet);
        if (at < 0) throw new AssertionError("snippet not in page: " + snippet);
        for (Segment s : a.segments()) {
            if (s.start() <= at && at + snippet.length() <= s.end()) return s.role();
        }
        throw new AssertionError("no single segment holds '" + snippet + "': " + describe(a));
    }

    static Role roleOf(String page, String snippet) {
        return roleOf(segment(page), snippet);
    }

    static String describe(Article a) {
        StringBuilder b = new StringBuilder();
        for (Segment s : a.segments()) b.append('\n').append(s.role()).append(" | ").append(s.text());
        return b.toString();
    }

    /** A plain story body of a few paragraphs, to stand under invented page furniture. */
    static final String BODY = String.join("\n\n",
            "Farmers in the northern valley began harvesting their wheat two weeks early on Tuesday, after a dry spring left the crop ripe ahead of schedule.",
            "The regional growers' cooperative said yields were down by about a fifth compared with last year, but the quality of the grain was unusually high.",
            "\u201CWe have never started this early in forty years,\u201D said Ilse Marrow, who farms 300 hectares near the river. \u201CThe rain simply did not come.\u201D",
            "Officials expect the harvest to be finished by the end of the month, well before the usual autumn storms arrive in the valley.");
}
