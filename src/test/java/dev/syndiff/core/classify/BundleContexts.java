package dev.syndiff.core.classify;

import dev.syndiff.core.align.BundleAligner;
import dev.syndiff.core.lang.LanguageGuess;
import dev.syndiff.core.load.BundleLoader;
import dev.syndiff.core.load.LoadLimits;
import dev.syndiff.core.model.Article;
import dev.syndiff.core.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The pieces the classification tests build from a bundle folder: its texts in name order, and a run's context up to the rules. */
final class BundleContexts {
    private BundleContexts() {
    }

    static ClassifyContext context(Path dir, String reference) {
        Segmenter segmenter = new Segmenter();
        List<Article> articles = new BundleLoader(LoadLimits.defaults(), false).load(List.of(dir)).sources().stream()
                .map(segmenter::segment).toList();
        Map<String, String> langs = new LinkedHashMap<>();
        for (Article a : articles) {
            langs.put(a.id(), new LanguageGuess().guess(a.bodySentences().stream().map(s -> s.text()).collect(Collectors.joining("\n"))));
        }
        List<Article> located = new ArrayList<>();
        for (Article a : articles) {
            located.add(segmenter.inLanguage(a, langs.get(a.id())));
        }
        return new ClassifyContext(located, new BundleAligner().align(located, langs, reference), langs);
    }

    static List<String> texts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                out.add(Files.readString(f));
            }
            return out;
        }
    }
}
