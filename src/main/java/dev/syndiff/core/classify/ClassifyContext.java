package dev.syndiff.core.classify;

import dev.syndiff.core.align.AlignedRow;
import dev.syndiff.core.align.Alignment;
import dev.syndiff.core.align.SentenceProfile;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Span;
import dev.syndiff.core.model.SpanRef;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the finding rules read: the articles, the alignment and each copy's pairings. */
public final class ClassifyContext {
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Alignment alignment;
    private final Map<String, String> languages;
    private final Map<String, List<Quote>> quotes = new LinkedHashMap<>();
    private final List<PairView> pairs = new ArrayList<>();
    /** Each sentence's word keys, folded once however many pairs it takes part in. */
    private final Map<SentenceProfile, List<String>> keys = new IdentityHashMap<>();
    private final Map<String, String> folded = new java.util.HashMap<>();
    private final Map<int[], Known> byStems = new IdentityHashMap<>();

    public ClassifyContext(List<Article> articleList, Alignment alignment, Map<String, String> languages) {
        this.alignment = alignment;
        this.languages = languages;
        Map<String, Map<String, List<Quote>>> paragraphs = new java.util.HashMap<>(); // per language
        for (Article a : articleList) {
            articles.put(a.id(), a);
            String lang = language(a.id());
            quotes.put(a.id(), QuoteExtractor.extract(a.source().text(), lang,
                    paragraphs.computeIfAbsent(lang, l -> new java.util.HashMap<>())));
        }
        List<AlignedRow> rows = alignment.rows();
        for (int r = 0; r < rows.size(); r++) {
            AlignedRow row = rows.get(r);
            String c = row.counterpart();
            if (!sameStory(c)) {
                continue;
            }
            List<Quote> cQuotes = null; // the counterpart's quotations in its cell: the same for every copy of the row
            for (String s : row.cells().keySet()) {
                if (s.equals(c) || !sameStory(s)) {
                    continue;
                }
                if (cQuotes == null) {
                    cQuotes = PairView.clip(quotes.get(c), row.cell(c));
                }
                pairs.add(PairView.withCounterpartQuotes(r, c, text(c), row.cell(c), cQuotes, s, text(s), row.cell(s),
                        quotes.get(s), language(c).equals(language(s)), this::keys));
            }
        }
    }

    public List<PairView> pairs() {
        return pairs;
    }

    public Alignment alignment() {
        return alignment;
    }

    public Article article(String id) {
        return articles.get(id);
    }

    public List<Article> articles() {
        return List.copyOf(articles.values());
    }

    private List<String> keys(SentenceProfile p) {
        return keys.computeIfAbsent(p, q -> {
            // a sentence the copies repeat shares its stems array (ProfileBuilder): reuse its keys once
            // its words' forms are checked equal (the same strings, so mostly by reference)
            Known known = byStems.get(q.stems());
            if (known != null && sameNorms(known.words, q.words())) {
                return known.keys;
            }
            List<String> out = new ArrayList<>(q.words().size());
            for (var w : q.words()) {
                out.add(folded.computeIfAbsent(w.norm(), Spelling::fold)); // WordDiff.key, once per distinct word
            }
            List<String> made = java.util.Collections.unmodifiableList(out);
            byStems.put(q.stems(), new Known(q.words(), made));
            return made;
        });
    }

    private static boolean sameNorms(List<dev.syndiff.core.text.WordToken> a, List<dev.syndiff.core.text.WordToken> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i).norm();
            String y = b.get(i).norm();
            if (x != y && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** The words whose keys were made, and the keys. */
    private record Known(List<dev.syndiff.core.text.WordToken> words, List<String> keys) {
    }

    /** The quotations of a copy's whole text, found once. */
    public List<Quote> quotes(String id) {
        return quotes.get(id);
    }

    public String text(String id) {
        return articles.get(id).source().text();
    }

    public String language(String id) {
        return languages.getOrDefault(id, "und");
    }

    public boolean sameStory(String id) {
        return alignment.sameStory().getOrDefault(id, true);
    }

    public String reference() {
        return alignment.reference();
    }

    public String fileOf(String id) {
        return articles.get(id).source().file();
    }

    public Finding finding(FindingKind kind, String source, Span span, SpanRef counterpart, double confidence,
                           String explanation) {
        return new Finding("", kind, source, span, span.of(text(source)), counterpart, confidence, explanation);
    }

    public SpanRef ref(String source, Span span) {
        return new SpanRef(source, span.start(), span.end(), span.of(text(source)));
    }

    /** A short excerpt of a text for an explanation: at most about a dozen words. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public static String excerpt(String s) {
        return excerpt(s, true);
    }

    /** {@code shortCut}: text whose spaces are all single ' ' is not run through the regex, which would leave it as it is. */
    static String excerpt(String s, boolean shortCut) {
        String t = (shortCut && singleSpaces(s) ? s : SPACES.matcher(s).replaceAll(" ")).strip();
        if (t.length() <= 90) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 85);
        return t.substring(0, cut > 40 ? cut : 85) + " …";
    }

    /** No white space but single ' ' characters: {@code \\s+} matches only those, and turns each into itself. */
    static boolean singleSpaces(String s) {
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' && prev == ' ') {
                return false;
            }
            prev = c;
        }
        return true;
    }
}
