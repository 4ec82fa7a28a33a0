package dev.syndiff.core.model;

import java.util.List;

/** One line of the quote ledger: a quote, who said it (if the text says), its form in each copy. */
public record QuoteEntry(String speaker, SpanRef reference, List<QuoteVariant> variants) {
    public QuoteEntry {
        variants = List.copyOf(variants);
    }
}
