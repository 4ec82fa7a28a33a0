package dev.syndiff.core.segment;

/** Every lexicon the rules use, loaded once (the class is thread-safe after loading). */
final class Lexicons {
    static final Lexicon AD_LABELS = Lexicon.load("ad-labels");
    static final Lexicon AD_SLOTS = Lexicon.load("ad-slots");
    static final Lexicon AD_SLOT_POSITIONS = Lexicon.load("ad-slot-positions");
    static final Lexicon CHROME_LINES = Lexicon.load("chrome-lines");
    static final Lexicon CHROME_ITEMS = Lexicon.load("chrome-items");
    static final Lexicon CHROME_PHRASES = Lexicon.load("chrome-phrases");
    static final Lexicon READING_PREFIXES = Lexicon.load("reading-prefixes");
    static final Lexicon LINK_LIST_HEADINGS = Lexicon.load("link-list-headings");
    static final Lexicon DATE_LABELS = Lexicon.load("date-labels");
    static final Lexicon MONTHS = Lexicon.load("months");
    static final Lexicon WEEKDAYS = Lexicon.load("weekdays");
    static final Lexicon DATE_WORDS = Lexicon.load("date-words");
    static final Lexicon BYLINE_PREFIXES = Lexicon.load("byline-prefixes");
    static final Lexicon CREDIT_LINES = Lexicon.load("credit-lines");
    static final Lexicon CREDIT_PHRASES = Lexicon.load("credit-phrases");
    static final Lexicon CAPTION_CREDITS = Lexicon.load("caption-credits");
    static final Lexicon COMMENT_HEADINGS = Lexicon.load("comment-headings");
    static final Lexicon COMMENT_PROMPTS = Lexicon.load("comment-prompts");
    static final Lexicon COMMENT_WORDS = Lexicon.load("comment-words");
    static final Lexicon COMMENT_ACTIONS = Lexicon.load("comment-actions");
    static final Lexicon COMMENT_REPLYING = Lexicon.load("comment-replying");
    static final Lexicon TIME_AGO = Lexicon.load("time-ago");
    static final Lexicon NAME_PARTICLES = Lexicon.load("name-particles");

    private Lexicons() {
    }
}
