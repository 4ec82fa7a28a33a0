package dev.syndiff.core.classify;

import dev.syndiff.core.align.SentenceProfile;
import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.QuoteVariant;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.model.SpanRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every quote of the reference (and of the secondary reference, for what the reference lacks)
 * with its form in each copy: exact, minor, altered, translated or missing.
 */
public final class QuoteLedger {
    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        final String source;
        final Quote quote;
        final Map<String, QuoteVariant> variants = new LinkedHashMap<>();

        Entry(String source, Quote quote) {
            this.source = source;
            this.quote = quote;
        }
    }

    void record(ClassifyContext ctx, String aSource, Quote qa, String bSource, Quote qb, QuoteStatus status) {
        Entry e = entries.computeIfAbsent(key(aSource, qa), k -> new Entry(aSource, qa));
        Span span = qb == null ? null : qb.outer();
        e.variants.putIfAbsent(bSource, new QuoteVariant(bSource, span, span == null ? null : span.of(ctx.text(bSource)), status));
    }

    public List<QuoteEntry> entries(ClassifyContext ctx) {
        String ref = ctx.reference();
        for (SentenceProfile p : ctx.alignment().profiles().get(ref)) {
            for (Quote q : ctx.quotes(ref)) {
                Quote c = q.clip(p.sentence().span());
                if (c != null && c.inner().length() > 1) {
                    entries.computeIfAbsent(key(ref, c), k -> new Entry(ref, c));
                }
            }
        }
        List<QuoteEntry> out = new ArrayList<>();
        List<dev.syndiff.core.model.Article> articles = ctx.articles(); // a copy of the list: made once, not per entry
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing((Entry e) -> !e.source.equals(ref)).thenComparing(e -> e.source)
                .thenComparingInt(e -> e.quote.outer().start()));
        for (Entry e : sorted) {
            List<QuoteVariant> variants = new ArrayList<>();
            for (var a : articles) {
                String id = a.id();
                if (id.equals(e.source) || !ctx.sameStory(id)) {
                    continue;
                }
                variants.add(e.variants.getOrDefault(id, new QuoteVariant(id, null, null, QuoteStatus.MISSING)));
            }
            String speaker = speaker(ctx, e);
            out.add(new QuoteEntry(speaker, SpanRef.of(ctx.article(e.source).source(), e.quote.outer()), variants));
        }
        return out;
    }

    private static String speaker(ClassifyContext ctx, Entry e) {
        List<SentenceProfile> body = ctx.alignment().profiles().get(e.source);
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).sentence().span().overlaps(e.quote.outer())) {
                for (int k = i; k >= Math.max(0, i - 2); k--) {
                    var s = body.get(k).sentence();
                    String who = Attribution.speaker(ctx.text(e.source), s.start(), s.end(), ctx.quotes(e.source));
                    if (who != null) {
                        return who;
                    }
                }
            }
        }
        return null;
    }

    private static Key key(String source, Quote q) {
        return new Key(source, q.outer().start(), q.outer().end());
    }

    /** A quote of a source by its outer span. */
    private record Key(String source, int start, int end) {
    }
}
