package dev.syndiff.core.model;

/** A copy's form of a quote; span and text are null where the quote is missing. */
public record QuoteVariant(String source, Span span, String text, QuoteStatus status) {
}
