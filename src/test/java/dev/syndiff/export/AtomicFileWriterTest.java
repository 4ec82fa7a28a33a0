package dev.syndiff.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    private static final byte[] OLD = "old report\n".getBytes(UTF_8);
    private static final byte[] NEW = "{\"new\": \"report, a good deal longer than the old one\"}\n".getBytes(UTF_8);

    @TempDir
    Path dir;

    private final WriteRules noInputs = WriteRules.of(List.of());

    @Test
    void writesANewFile() throws Exception {
        Path target = dir.resolve("r.json");
        new AtomicFileWriter().write(target, NEW, noInputs);
        assertThat(Files.readAllBytes(target)).isEqualTo(NEW);
        assertThat(listing()).containsExactly("r.json");
    }

    @Test
    void refusesADeviceEvenWithForce() {
        Path devNull = Path.of("/dev/null");
        assertThatThrownBy(() -> new AtomicFileWriter().write(devNull, NEW, new WriteRules(List.of(), true, false)))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    @Test
    void refusesAnExistingFileWithoutForce() throws Exception {
        Path target = existing();
        assertThatThrownBy(() -> new AtomicFileWriter().write(target, NEW, noInputs))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("r.json").hasMessageContaining("--force");
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
    }

    @Test
    void replacesAnExistingFileWithForce() throws Exception {
        Path target = existing();
        new AtomicFileWriter().write(target, NEW, noInputs.withForce(true));
        assertThat(Files.readAllBytes(target)).isEqualTo(NEW);
        assertThat(listing()).containsExactly("r.json");
    }

    @Test
    void refusesAMissingFolder() {
        Path target = dir.resolve("missing").resolve("r.json");
        assertThatThrownBy(() -> new AtomicFileWriter().write(target, NEW, noInputs))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(dir.resolve("missing"))).isFalse();
    }

    @Test
    void refusesATargetThatIsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> new AtomicFileWriter().write(folder, NEW, noInputs.withForce(true)))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("folder");
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void refusesAnInputFileEvenWithForceAndIntoBundle() throws Exception {
        Path copy = Files.write(dir.resolve("copy.txt"), OLD);
        WriteRules rules = WriteRules.of(List.of(copy)).withForce(true).withIntoBundle(true);
        assertThatThrownBy(() -> new AtomicFileWriter().write(dir.resolve("./copy.txt"), NEW, rules))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("input");
        assertThat(Files.readAllBytes(copy)).isEqualTo(OLD);
    }

    @Test
    void refusesAZipInputUnderAnotherSpelling() throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        Path zip = Files.write(dir.resolve("bundle.zip"), OLD);
        WriteRules rules = WriteRules.of(List.of(zip)).withForce(true);
        assertThatThrownBy(() -> new AtomicFileWriter().write(dir.resolve("sub/../bundle.zip"), NEW, rules))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("input");
        assertThat(Files.readAllBytes(zip)).isEqualTo(OLD);
    }

    @Test
    void refusesATargetInsideTheBundleFolderUnlessAsked() throws Exception {
        Path bundle = Files.createDirectory(dir.resolve("bundle"));
        Path target = bundle.resolve("report.json");
        WriteRules rules = WriteRules.of(List.of(bundle));
        assertThatThrownBy(() -> new AtomicFileWriter().write(target, NEW, rules))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("--into-bundle");
        assertThat(Files.exists(target)).isFalse();

        new AtomicFileWriter().write(target, NEW, rules.withIntoBundle(true));
        assertThat(Files.readAllBytes(target)).isEqualTo(NEW);
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileAndNoTempFile() throws Exception {
        Path target = existing();
        FileOps failing = new Delegate() {
            @Override
            public OutputStream create(Path file) throws IOException {
                return new FailAfter(super.create(file), NEW.length / 2);
            }
        };
        assertThatThrownBy(() -> new AtomicFileWriter(failing).write(target, NEW, noInputs.withForce(true)))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("disk full")
                .hasMessageContaining("unchanged");
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(listing()).containsExactly("r.json");
    }

    @Test
    void aFailedRenameLeavesTheOldFileAndNoTempFile() throws Exception {
        Path target = existing();
        FileOps failing = new Delegate() {
            @Override
            public void move(Path from, Path to, CopyOption... options) throws IOException {
                assertThat(Files.readAllBytes(from)).isEqualTo(NEW);
                throw new IOException("device busy");
            }
        };
        assertThatThrownBy(() -> new AtomicFileWriter(failing).write(target, NEW, noInputs.withForce(true)))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("device busy");
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(listing()).containsExactly("r.json");
    }

    @Test
    void aReadOnlyFolderIsRefusedInWords() throws Exception {
        Path target = existing();
        FileOps readOnly = new Delegate() {
            @Override
            public OutputStream create(Path file) throws IOException {
                throw new AccessDeniedException(file.toString());
            }
        };
        assertThatThrownBy(() -> new AtomicFileWriter(readOnly).write(target, NEW, noInputs.withForce(true)))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("permission denied");
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(listing()).containsExactly("r.json");
    }

    @Test
    void fallsBackToAPlainReplaceWhenAtomicMoveIsUnsupported() throws Exception {
        Path target = existing();
        FileOps noAtomic = new Delegate() {
            @Override
            public void move(Path from, Path to, CopyOption... options) throws IOException {
                if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                    throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not here");
                }
                super.move(from, to, options);
            }
        };
        new AtomicFileWriter(noAtomic).write(target, NEW, noInputs.withForce(true));
        assertThat(Files.readAllBytes(target)).isEqualTo(NEW);
        assertThat(listing()).containsExactly("r.json");
    }

    private Path existing() throws IOException {
        return Files.write(dir.resolve("r.json"), OLD);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The real operations, to override one at a time. */
    private static class Delegate implements FileOps {
        private final FileOps real = FileOps.system();

        @Override
        public OutputStream create(Path file) throws IOException {
            return real.create(file);
        }

        @Override
        public void move(Path from, Path to, CopyOption... options) throws IOException {
            real.move(from, to, options);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            real.deleteIfExists(file);
        }

        @Override
        public void syncFolder(Path folder) {
            real.syncFolder(folder);
        }
    }

    /** Passes some bytes through to the real file, then fails like a full disk. */
    private static final class FailAfter extends FilterOutputStream {
        private int budget;

        FailAfter(OutputStream out, int budget) {
            super(out);
            this.budget = budget;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = Math.min(len, budget);
            out.write(b, off, n);
            budget -= n;
            if (n < len) {
                throw new IOException("disk full");
            }
        }
    }
}
