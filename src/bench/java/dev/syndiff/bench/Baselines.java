package dev.syndiff.bench;

import com.github.difflib.DiffUtils;
import eu.interedition.collatex.CollationAlgorithmFactory;
import eu.interedition.collatex.Token;
import eu.interedition.collatex.VariantGraph;
import eu.interedition.collatex.matching.EqualityTokenComparator;
import eu.interedition.collatex.simple.SimpleWitness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What other tools do with the same copies: a plain word diff per copy, and a CollateX collation. */
final class Baselines {
    private Baselines() {
    }

    /** java-diff-utils word diff of each copy against copy 0; returns the number of deltas (kept live). */
    static int wordDiffs(List<String> texts) {
        List<String> ref = words(texts.get(0));
        int deltas = 0;
        for (int i = 1; i < texts.size(); i++) {
            deltas += DiffUtils.diff(ref, words(texts.get(i))).getDeltas().size();
        }
        return deltas;
    }

    /**
     * CollateX over all copies with exact token matching; returns the variant graph's vertex
     * count. Needleman-Wunsch by default: CollateX 1.7.1's Dekker throws a NullPointerException
     * in VariantGraphRanking on these bundles from about 20 copies on (transpositions).
     */
    static int collate(List<String> texts, boolean dekker) {
        List<Iterable<Token>> witnesses = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            witnesses.add(new SimpleWitness("w" + i, texts.get(i)));
        }
        VariantGraph graph = new VariantGraph();
        EqualityTokenComparator exact = new EqualityTokenComparator();
        (dekker ? CollationAlgorithmFactory.dekker(exact) : CollationAlgorithmFactory.needlemanWunsch(exact))
                .collate(graph, witnesses);
        int vertices = 0;
        for (VariantGraph.Vertex v : graph.vertices()) {
            vertices += v == null ? 0 : 1;
        }
        return vertices;
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
