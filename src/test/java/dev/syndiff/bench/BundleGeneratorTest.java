package dev.syndiff.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundleGeneratorTest {
    private static final Path SEED = Path.of("samples/harbour-strike");

    private static List<String> seedTexts() throws IOException {
        try (Stream<Path> files = Files.list(SEED)) {
            return files.sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        List<GeneratedCopy> a = new BundleGenerator().generate(seedTexts(), new GeneratorSpec(12, 800, 42));
        List<GeneratedCopy> b = new BundleGenerator().generate(seedTexts(), new GeneratorSpec(12, 800, 42));
        List<GeneratedCopy> c = new BundleGenerator().generate(seedTexts(), new GeneratorSpec(12, 800, 43));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void writesTheRequestedNumberOfDistinctCopiesWithUniqueNames() throws IOException {
        List<GeneratedCopy> made = new BundleGenerator().generate(seedTexts(), new GeneratorSpec(50, 800, 7));
        assertThat(made).hasSize(50);
        assertThat(made.stream().map(GeneratedCopy::fileName).distinct()).hasSize(50);
        assertThat(made.stream().map(GeneratedCopy::text).distinct().count()).isGreaterThan(45);
        assertThat(made.get(0).fileName()).isEqualTo("copy_000.txt");
    }

    @Test
    void eachCopyHasRoughlyTheRequestedWords() throws IOException {
        for (int words : new int[] {800, 5_000}) {
            for (GeneratedCopy c : new BundleGenerator().generate(seedTexts(), new GeneratorSpec(10, words, 3))) {
                assertThat(c.words()).as(c.fileName()).isBetween((int) (words * 0.8), (int) (words * 1.25));
            }
        }
    }

    @Test
    void copiesArePerturbedButKeepTheStory() throws IOException {
        List<GeneratedCopy> made = new BundleGenerator().generate(seedTexts(), new GeneratorSpec(30, 800, 11));
        String reference = made.get(0).text();
        long furnished = made.stream().filter(c -> c.text().contains("Comments (") || c.text().contains("Related articles")).count();
        assertThat(furnished).as("copies with comments or related links").isGreaterThan(5);
        for (GeneratedCopy c : made.subList(1, made.size())) {
            assertThat(c.text()).isNotEqualTo(reference);
            assertThat(c.text().lines().findFirst()).get().asString().startsWith(reference.lines().findFirst().orElseThrow());
        }
    }

    @Test
    void refusesNonsenseSizesAndASeedWithoutBody() {
        assertThatThrownBy(() -> new GeneratorSpec(0, 800, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSpec(5, 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BundleGenerator().generate(List.of("Headline\n\nshort"), new GeneratorSpec(2, 100, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
