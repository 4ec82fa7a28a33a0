package dev.syndiff.core.model;

/** How a copy renders a quote of the reference. */
public enum QuoteStatus { EXACT, MINOR, ALTERED, MISSING, TRANSLATED }
