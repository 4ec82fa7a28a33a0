package dev.syndiff.core.classify;

import dev.syndiff.core.align.SentenceProfile;
import dev.syndiff.core.model.QuoteEntry;
import dev.syndiff.core.model.QuoteStatus;
import dev.syndiff.core.model.QuoteVariant;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.model.SpanRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        return entries(ctx, true);
    }

    /** {@code remember} false: every sentence's speaker found afresh (tests compare both ways). */
    List<QuoteEntry> entries(ClassifyContext ctx, boolean remember) {
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
        Map<String, String[]> speakers = remember ? new HashMap<>() : null; // neighbouring quotes ask one sentence again
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
            String speaker = speaker(ctx, e, speakers);
            out.add(new QuoteEntry(speaker, SpanRef.of(ctx.article(e.source).source(), e.quote.outer()), variants));
        }
        return out;
    }

    /** No speaker: a memo slot that was computed and found none. */
    private static final String NONE = new String("");

    /**
     * The speaker of the quote's sentence or of one of the two before it. {@code memo} (may be
     * null: every sentence asked afresh) keeps each sentence's answer per source: it depends on
     * the source's text, the sentence's span and the source's quotes alone.
     */
    private static String speaker(ClassifyContext ctx, Entry e, Map<String, String[]> memo) {
        List<SentenceProfile> body = ctx.alignment().profiles().get(e.source);
        String[] known = memo == null ? null : memo.computeIfAbsent(e.source, s -> new String[body.size()]);
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).sentence().span().overlaps(e.quote.outer())) {
                for (int k = i; k >= Math.max(0, i - 2); k--) {
                    String who = known == null ? sentenceSpeaker(ctx, e.source, body, k) : known[k];
                    if (who == null && known != null) {
                        String found = sentenceSpeaker(ctx, e.source, body, k);
                        known[k] = found == null ? NONE : found;
                        who = found;
                    }
                    if (who != null && who != NONE) {
                        return who;
                    }
                }
            }
        }
        return null;
    }

    private static String sentenceSpeaker(ClassifyContext ctx, String source, List<SentenceProfile> body, int k) {
        var s = body.get(k).sentence();
        return Attribution.speaker(ctx.text(source), s.start(), s.end(), ctx.quotes(source));
    }

    private static Key key(String source, Quote q) {
        return new Key(source, q.outer().start(), q.outer().end());
    }

    /** A quote of a source by its outer span. */
    private record Key(String source, int start, int end) {
    }
}
