package dev.syndiff.core.align;

import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Role;
import dev.syndiff.core.model.Segment;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.text.Tokenizer;
import dev.syndiff.core.text.WordToken;
import java.util.ArrayList;
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
        int documents = 0;
        for (Article a : articles) {
            List<Segment> ads = a.segments().stream().filter(s -> s.role() == Role.AD_ARTIFACT).toList();
            List<SentenceProfile> profiles = new ArrayList<>();
            for (Sentence s : a.bodySentences()) {
                List<WordToken> words = storyWords(a.source().text(), s, ads);
                int[] stems = vocabulary.idsOf(words.stream().map(WordToken::stem).toList());
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
        List<WordToken> words = Tokenizer.words(text, s.start(), s.end());
        if (ads.isEmpty()) {
            return words;
        }
        return words.stream().filter(w -> ads.stream().noneMatch(ad -> ad.span().contains(w.start()))).toList();
    }
}
