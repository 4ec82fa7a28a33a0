package dev.syndiff.tools;

import dev.syndiff.core.align.LexicalSimilarity;
import dev.syndiff.core.align.ProfileBuilder;
import dev.syndiff.core.align.SentenceProfile;
import dev.syndiff.core.align.Vocabulary;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.segment.Segmenter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints similarities between sentences whose text contains the given snippets. */
public final class SimDebug {
    public static void main(String[] args) {
        var bundle = new BundleLoader(LoadLimits.defaults(), false).load(List.of(Path.of(args[0])));
        List<Article> arts = bundle.sources().stream().map(new Segmenter()::segment).toList();
        Map<String, String> langs = new HashMap<>();
        arts.forEach(a -> langs.put(a.id(), "en"));
        Vocabulary v = new Vocabulary();
        var profiles = ProfileBuilder.build(arts, langs, v);
        LexicalSimilarity sim = new LexicalSimilarity(v);
        List<SentenceProfile> all = profiles.values().stream().flatMap(List::stream).toList();
        for (int k = 1; k + 1 < args.length; k += 2) {
            String a = args[k], b = args[k + 1];
            for (SentenceProfile x : all) {
                if (!x.sentence().text().contains(a)) continue;
                for (SentenceProfile y : all) {
                    if (!y.sentence().text().contains(b) || y == x) continue;
                    System.out.printf("%.3f  %s | %s%n", sim.score(x, y), x.sentence().id(), y.sentence().id());
                }
            }
        }
    }
}
