package dev.syndiff.tools;

import dev.syndiff.core.ComparisonPipeline;
import dev.syndiff.core.Options;
import dev.syndiff.core.ProgressListener;
import dev.syndiff.core.model.AlignmentRow;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Sentence;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints a bundle's alignment rows with sentence beginnings, for looking at the engine by eye. */
public final class AlignDebug {
    public static void main(String[] args) {
        Options o = Options.defaults().withGrammarPass(false).withReference(args.length > 1 ? args[1] : null);
        ComparisonReport r = new ComparisonPipeline().run(List.of(Path.of(args[0])), o, ProgressListener.NONE, x -> { });
        Map<String, Sentence> byId = new HashMap<>();
        r.articles().forEach(a -> a.sentences().forEach(s -> byId.put(s.id(), s)));
        System.out.println("reference " + r.reference() + " secondary " + r.secondaryReference());
        r.sources().forEach(s -> System.out.println(s.id() + " sameStory=" + s.sameStory() + " lang=" + s.language()));
        for (AlignmentRow row : r.alignment()) {
            System.out.println("-- row " + row.row() + " " + row.relation() + " vs " + row.counterpart());
            row.cells().forEach((src, ids) -> ids.forEach(id -> {
                String t = byId.get(id).text().replace('\n', ' ');
                System.out.println("   " + src.substring(0, Math.min(3, src.length())) + " " + row.relations().getOrDefault(src, null) + " | " + t.substring(0, Math.min(110, t.length())));
            }));
        }
        r.findings().forEach(f -> System.out.println(f.kind() + " " + f.source().substring(0, 3) + " [" + f.text().replace('\n', ' ') + "] :: " + f.explanation()));
    }
}
