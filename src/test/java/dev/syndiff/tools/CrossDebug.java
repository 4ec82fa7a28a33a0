package dev.syndiff.tools;

import dev.syndiff.core.lang.CrossLingualProfile;
import dev.syndiff.core.lang.CrossLingualSimilarity;
import dev.syndiff.core.lang.LanguageGuess;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.model.Sentence;
import dev.syndiff.core.segment.Segmenter;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints every cross-language sentence pair's score between a bundle's first copy and another
 * (args: bundle dir, other copy's id, its language), with each sentence's anchors.
 */
public final class CrossDebug {
    public static void main(String[] args) {
        var bundle = new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of(args[0])));
        List<Article> arts = bundle.sources().stream().map(new Segmenter()::segment).toList();
        Article ref = arts.get(0);
        Article other = arts.stream().filter(a -> a.id().equals(args[1])).findFirst().orElseThrow();
        String lang = args.length > 2 ? args[2] : LanguageGuess.UNDETERMINED;
        List<CrossLingualProfile> ps = profiles(ref, "en");
        List<CrossLingualProfile> qs = profiles(other, lang);
        qs.forEach(q -> System.out.println("  " + q.anchors().stream().map(a -> a.kind() + ":" + a.key()).toList()
                + " | " + q.text().substring(0, Math.min(50, q.text().length()))));
        for (CrossLingualProfile p : ps) {
            System.out.println(p.anchors().stream().map(a -> a.kind() + ":" + a.key()).toList()
                    + " | " + p.text().substring(0, Math.min(50, p.text().length())));
            StringBuilder row = new StringBuilder("   ");
            qs.forEach(q -> row.append(String.format(" %.2f", CrossLingualSimilarity.score(p, q))));
            System.out.println(row);
        }
    }

    private static List<CrossLingualProfile> profiles(Article a, String lang) {
        return a.sentences().stream().map(Sentence::text).map(t -> CrossLingualProfile.of(t, lang)).toList();
    }
}
