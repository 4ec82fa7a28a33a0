package dev.syndiff.core.load;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a .zip bundle entry by entry in memory, never extracting to disk. Inflation is bounded
 * per entry (maxFileBytes), in total and by compression ratio: a bomb stops the zip early.
 */
final class ZipBundleReader {
    /** Text compresses about 3 to 10 times; past this ratio an entry is treated as a bomb. */
    static final int MAX_RATIO = 200;
    /** The ratio is judged only once this much is inflated, so tiny files are not misjudged. */
    static final long RATIO_AFTER_BYTES = 1L << 20;

    private final BundleFiles files;
    private final Intake intake;
    private final long maxTotalInflated;
    private final byte[] buffer = new byte[64 * 1024];
    private long totalInflated;

    ZipBundleReader(BundleFiles files, Intake intake) {
        this.files = files;
        this.intake = intake;
        this.maxTotalInflated = intake.limits().maxInflatedBytes();
    }

    void read(Path zip) {
        String zipName = FolderWalker.name(zip);
        try (CountingStream raw = new CountingStream(files.open(zip));
             ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && !take(entry.getName(), in, raw)) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            intake.refuse(zipName, "refused: the zip could not be read to the end (" + Intake.describe(e)
                    + "); entries before the damage were kept");
        }
    }

    /** Handles one entry; false when the zip must not be read any further. */
    private boolean take(String name, ZipInputStream in, CountingStream raw) throws IOException {
        String problem = ZipEntryNames.problem(name, intake.limits().maxDepth());
        String base = ZipEntryNames.baseName(name);
        boolean wanted = false;
        if (problem != null) {
            intake.refuse(name, problem);
        } else if (ZipEntryNames.hidden(name)) {
            intake.skip(name, "skipped: hidden file or archive metadata");
        } else if (!TextFileFilter.isText(base)) {
            intake.skip(name, TextFileFilter.notTextReason(base));
        } else {
            wanted = intake.admit(name);
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long rawStart = raw.count;
        long inflated = 0;
        boolean tooBig = false;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            inflated += n;
            totalInflated += n;
            if (inflated > RATIO_AFTER_BYTES && inflated > MAX_RATIO * (raw.count - rawStart + 1)) {
                intake.refuse(name, "refused: zip bomb (the entry inflates more than " + MAX_RATIO
                        + " times its packed size); the rest of the zip was not read");
                return false;
            }
            if (totalInflated > maxTotalInflated) {
                intake.refuse(name, "refused: the zip inflates to more than " + maxTotalInflated
                        + " bytes in total; the rest of the zip was not read");
                return false;
            }
            tooBig |= inflated > intake.limits().maxFileBytes();
            if (wanted && !tooBig) {
                kept.write(buffer, 0, n);
            }
        }
        if (wanted && tooBig) {
            intake.refuse(name, intake.tooBig(inflated));
        } else if (wanted) {
            intake.accept(name, kept.toByteArray());
        }
        return true;
    }

    /** Counts the packed bytes the zip reader has pulled, to judge the compression ratio. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
