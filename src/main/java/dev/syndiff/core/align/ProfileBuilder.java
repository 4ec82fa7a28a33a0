package dev.syndiff.core.align;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.text.Tokenizer;
import dev.syndiff.core.text.WordToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the body sentences of every copy into profiles over one shared vocabulary. */
public final class ProfileBuilder {
    private ProfileBuilder() {
    }

    public static Map<String, List<SentenceProfile>> build(List<Article> articles, Map<String, String> languages,
                                                           Vocabulary vocabulary) {
        Map<String, List<SentenceProfile>> out = new LinkedHashMap<>();
        // syndicated copies repeat most sentences verbatim: tokenise each distinct text once per bundle
        Map<String, Memo> memo = new HashMap<>();
        int documents = 0;
        for (Article a : articles) {
            List<Segment> ads = a.segments().stream().filter(s -> s.role() == Role.AD_ARTIFACT).toList();
            List<SentenceProfile> profiles = new ArrayList<>();
            String text = a.source().text();
            for (Sentence s : a.bodySentences()) {
                Memo m = memo.computeIfAbsent(text.substring(s.start(), s.end()), Memo::new);
                List<WordToken> words = withoutAds(m.at(s.start()), near(ads, s));
                int[] stems;
                if (words.size() == m.relative.size()) { // no ad word dropped: the memo's stems
                    if (m.stems == null) {
                        m.stems = vocabulary.idsOf(m.relative.stream().map(WordToken::stem).toList());
                    } else {
                        vocabulary.count(m.stems);
                    }
                    stems = m.stems;
                } else {
                    stems = vocabulary.idsOf(words.stream().map(WordToken::stem).toList());
                }
                profiles.add(new SentenceProfile(s, languages.getOrDefault(a.id(), "und"), words, stems));
                documents++;
            }
            out.put(a.id(), profiles);
        }
        vocabulary.freeze(documents);
        return out;
    }

    /** The sentence's words without those of an ad spliced into it. */
    public static List<WordToken> storyWords(String text, Sentence s, List<Segment> ads) {
        return withoutAds(Tokenizer.words(text, s.start(), s.end()), ads);
    }

    /** The ads overlapping the sentence: only they can hold one of its words (most sentences have none). */
    static List<Segment> near(List<Segment> ads, Sentence s) {
        if (ads.isEmpty()) {
            return ads;
        }
        List<Segment> out = new ArrayList<>(1);
        for (Segment ad : ads) {
            if (ad.span().start() < s.end() && s.start() < ad.span().end()) {
                out.add(ad);
            }
        }
        return out;
    }

    private static List<WordToken> withoutAds(List<WordToken> words, List<Segment> ads) {
        if (ads.isEmpty()) {
            return words;
        }
        return words.stream().filter(w -> ads.stream().noneMatch(ad -> ad.span().contains(w.start()))).toList();
    }

    /** One distinct sentence text: its words at offset 0, and its stem ids once counted. */
    private static final class Memo {
        final List<WordToken> relative;
        int[] stems;

        Memo(String part) {
            relative = Tokenizer.words(part);
        }

        /** The words as {@link Tokenizer#words(String, int, int)} gives them for the text at {@code from}. */
        List<WordToken> at(int from) {
            List<WordToken> out = new ArrayList<>(relative.size());
            for (WordToken w : relative) {
                out.add(new WordToken(w.text(), w.norm(), w.stem(), from + w.start(), from + w.end()));
            }
            return out;
        }
    }
}
