package dev.syndiff.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleBundleTest {
    @TempDir
    Path dir;

    @Test
    void fromAJarTheSampleIsCopiedToATempFolderAndRemovedOnClose() throws Exception {
        Path jar = dir.resolve("app.jar");
        // a jar without directory entries, as shade may write it
        try (OutputStream raw = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (String name : new String[] {"a.txt", "b.txt"}) {
                zip.putNextEntry(new ZipEntry(SampleBundle.RESOURCE + "/" + name));
                zip.write(("copy " + name).getBytes(UTF_8));
                zip.closeEntry();
            }
        }
        Path folder;
        try (SampleBundle sample = SampleBundle.open(jar)) {
            folder = sample.folder();
            assertThat(folder.getFileName().toString()).isEqualTo(SampleBundle.NAME);
            assertThat(Files.readString(folder.resolve("b.txt"))).isEqualTo("copy b.txt");
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.count()).isEqualTo(2);
            }
        }
        assertThat(Files.exists(folder.getParent())).isFalse();
    }

    @Test
    void fromClassesOnDiskTheSampleIsReadInPlace() throws Exception {
        Path sample = Files.createDirectories(dir.resolve(SampleBundle.RESOURCE));
        Files.writeString(sample.resolve("a.txt"), "copy");
        try (SampleBundle bundle = SampleBundle.open(dir)) {
            assertThat(bundle.folder()).isEqualTo(sample);
        }
        assertThat(Files.exists(sample.resolve("a.txt"))).isTrue();
    }

    @Test
    void aJarWithoutTheSampleSaysSo() throws Exception {
        Path jar = dir.resolve("empty.jar");
        try (OutputStream raw = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.putNextEntry(new ZipEntry("x.txt"));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> SampleBundle.open(jar)).isInstanceOf(CliFailure.class).hasMessageContaining("missing");
    }
}
