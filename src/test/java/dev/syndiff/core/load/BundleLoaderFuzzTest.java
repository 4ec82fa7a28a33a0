package dev.syndiff.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.Source;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes, as a text file or as a zip, in an in-memory file system: the loader gives sources
 * or warnings and never throws. In {@code mvn verify} this replays the saved inputs under
 * src/test/resources/dev/syndiff/core/load/BundleLoaderFuzzTestInputs/; with JAZZER_FUZZ=1 it fuzzes.
 */
class BundleLoaderFuzzTest {
    private static final LoadLimits SMALL = new LoadLimits(1 << 20, 50, 4L << 20, 4);

    @FuzzTest(maxDuration = "60s")
    void loadsAnyBytes(FuzzedDataProvider data) throws IOException {
        boolean asZip = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path file = Files.write(Files.createDirectories(fs.getPath("/bundle")).resolve(asZip ? "in.zip" : "in.txt"),
                    bytes);
            Bundle bundle = new BundleLoader(SMALL, true).load(List.of(file));
            assertThat(bundle.sources().size() + bundle.warnings().size()).isPositive();
            for (Source s : bundle.sources()) {
                assertThat(s.text()).isNotBlank();
                if (s.text().startsWith("\uFEFF")) {
                    assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("second byte-order mark"));
                }
                assertThat(s.encoding()).isIn("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "windows-1251",
                        "ISO-8859-1", "KOI8-R");
                assertThat(s.id()).isNotEmpty();
            }
            for (LoadWarning w : bundle.warnings()) {
                assertThat(w.file()).isNotBlank();
                assertThat(w.message()).isNotBlank();
            }
            if (!asZip) {
                assertThat(bundle.sources()).hasSizeLessThanOrEqualTo(1);
            }
        }
    }
}
