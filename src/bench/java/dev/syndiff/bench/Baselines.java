package dev.syndiff.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
import eu.interedition.collatex.CollationAlgorithmFactory;
import eu.interedition.collatex.Token;
import eu.interedition.collatex.VariantGraph;
import eu.interedition.collatex.matching.EqualityTokenComparator;
import eu.interedition.collatex.simple.SimpleWitness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What other tools do with the same copies: a plain word diff per copy, and a CollateX collation. */
final class Baselines {
    private Baselines() {
    }

    /**
     * What a plain word-diff tool does with a bundle, from disk: read every regular file of
     * {@code dir} (name order), decode it as UTF-8, split it into words at white space and run
     * java-diff-utils' default diff (Myers) of each copy against {@code reference}, keeping
     * every patch. No encoding sniffing, no segmentation, no report: the baseline of issue 6/7.
     */
    static List<Patch<String>> plainWordDiff(Path dir, String reference) {
        try (java.util.stream.Stream<Path> listing = Files.list(dir)) {
            List<Path> files = listing.filter(Files::isRegularFile).sorted().toList();
            Path refFile = files.stream().filter(f -> f.getFileName().toString().startsWith(reference)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no copy " + reference + " in " + dir));
            List<String> ref = words(new String(Files.readAllBytes(refFile), StandardCharsets.UTF_8));
            List<Patch<String>> patches = new ArrayList<>();
            for (Path f : files) {
                if (!f.equals(refFile)) {
                    patches.add(DiffUtils.diff(ref, words(new String(Files.readAllBytes(f), StandardCharsets.UTF_8))));
                }
            }
            return patches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
