package dev.syndiff.core.segment;

import com.ibm.icu.text.BreakIterator;
import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a stretch of text into sentences. STUB: plain ICU, to be replaced. */
public final class SentenceSplitter {
    public List<Span> split(String text, Span region) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        String part = region.of(text);
        it.setText(part);
        List<Span> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(part.charAt(s))) s++;
            while (e > s && Character.isWhitespace(part.charAt(e - 1))) e--;
            if (e > s) out.add(new Span(region.start() + s, region.start() + e));
        }
        return out;
    }
}
