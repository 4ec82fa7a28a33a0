package dev.syndiff.core;

import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.ComparisonReport;
import dev.syndiff.core.model.Finding;
import dev.syndiff.core.model.FindingKind;
import dev.syndiff.core.model.Source;
import java.util.ArrayList;
import java.util.List;

/** Builds small invented bundles in memory and compares them, for engine tests. */
public final class Stories {
    private final List<Source> sources = new ArrayList<>();

    public static Stories bundle() {
        return new Stories();
    }

    public Stories copy(String id, String text) {
        sources.add(new Source(id, id + ".txt", text, "UTF-8", List.of()));
        return this;
    }

    public ComparisonReport compare(String reference) {
        Bundle b = new Bundle("test", "test", sources, List.of());
        Options o = Options.defaults().withReference(reference).withGrammarPass(false);
        return new ComparisonPipeline().compare(b, o, ProgressListener.NONE, r -> { });
    }

    public static List<Finding> of(ComparisonReport r, FindingKind kind, String source) {
        return r.findings().stream().filter(f -> f.kind() == kind && f.source().equals(source)).toList();
    }
}
