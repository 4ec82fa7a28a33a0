package dev.syndiff.core.segment;

import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.model.Source;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences for every segment, numbered in document order. A body sentence cut in two by ad
 * junk (an ad label on its own line, a foreign-script run) is one sentence running across the
 * ad, and the ad then has no sentence of its own.
 */
final class SentenceAssembler {
    private SentenceAssembler() {
    }

    static List<Sentence> sentences(Source source, List<Segment> segments, SentenceSplitter splitter) {
        return sentences(source, segments, splitter, SegmentMemo.NONE);
    }

    static List<Sentence> sentences(Source source, List<Segment> segments, SentenceSplitter splitter, SegmentMemo memo) {
        String text = source.text();
        int n = segments.size();
        List<List<Span>> per = new ArrayList<>(n);
        for (Segment s : segments) per.add(new ArrayList<>(memo.split(splitter, text, s.span())));
        for (int k = 0; k < n; k++) {
            if (segments.get(k).role() != Role.BODY || per.get(k).isEmpty()) continue;
            int m = k + 1;
            while (m < n && segments.get(m).role() == Role.AD_ARTIFACT) m++;
            if (m == k + 1 || m >= n || segments.get(m).role() != Role.BODY || per.get(m).isEmpty()) continue;
            List<Span> a = per.get(k);
            Span last = a.get(a.size() - 1);
            if (Chars.endsSentence(last.of(text))) continue;
            Span first = per.get(m).remove(0);
            a.set(a.size() - 1, last.union(first));
            for (int j = k + 1; j < m; j++) per.get(j).clear();
        }
        List<Sentence> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Role role = segments.get(k).role();
            for (Span s : per.get(k)) {
                int idx = out.size();
                out.add(new Sentence(source.id() + "#" + idx, source.id(), idx, s, s.of(text), role));
            }
        }
        return out;
    }
}
