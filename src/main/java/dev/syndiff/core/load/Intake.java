package dev.syndiff.core.load;

import dev.syndiff.core.model.LoadWarning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The loader's desk during one load: counts files against the limits, decodes what comes in
 * and keeps every refusal as a warning. Folder walker and zip reader both feed it.
 */
final class Intake {
    /** A decoded copy before ids are given out. */
    record Pending(String file, String text, String encoding, List<String> warnings) {
    }

    private static final int MAX_SKIP_WARNINGS = 200;

    private final LoadLimits limits;
    private final BundleFiles files;
    private final EncodingDetector detector = new EncodingDetector();
    private final List<Pending> copies = new ArrayList<>();
    private final List<LoadWarning> warnings = new ArrayList<>();
    private int admitted;
    private int overFileLimit;
    private String firstLeftOut;
    private int skipWarnings;
    private int skipsNotListed;
    private long totalChars;

    Intake(LoadLimits limits, BundleFiles files) {
        this.limits = limits;
        this.files = files;
    }

    LoadLimits limits() {
        return limits;
    }

    /** Takes one more text file into the count; false once maxFiles is reached. */
    boolean admit(String file) {
        if (admitted >= limits.maxFiles()) {
            if (overFileLimit++ == 0) {
                firstLeftOut = file;
            }
            return false;
        }
        admitted++;
        return true;
    }

    /** Reads a file from disk (or the seam) within the size limit, then decodes it. */
    void readFile(Path path, String file) {
        if (!admit(file)) {
            return;
        }
        try {
            long size = files.size(path);
            if (size > limits.maxFileBytes()) {
                refuse(file, tooBig(size));
                return;
            }
            byte[] bytes;
            try (InputStream in = files.open(path)) {
                bytes = BoundedRead.readAtMost(in, limits.maxFileBytes());
            }
            if (bytes == null) {
                refuse(file, tooBig(limits.maxFileBytes() + 1));
                return;
            }
            accept(file, bytes);
        } catch (IOException | RuntimeException e) {
            refuse(file, "refused: the file could not be read (" + describe(e) + ")");
        }
    }

    String tooBig(long size) {
        return "refused: the file is " + size + " bytes, over the limit of " + limits.maxFileBytes()
                + " bytes per file (maxFileBytes)";
    }

    void accept(String file, byte[] bytes) {
        Decoding decoding = detector.decode(bytes);
        if (decoding instanceof Decoding.Refused refused) {
            refuse(file, refused.reason());
            return;
        }
        Decoding.Text text = (Decoding.Text) decoding;
        if (totalChars + text.text().length() > limits.maxTotalChars()) {
            refuse(file, "refused: with this file the bundle would hold more than " + limits.maxTotalChars()
                    + " characters (maxTotalChars)");
            return;
        }
        totalChars += text.text().length();
        copies.add(new Pending(file, text.text(), text.encoding(), text.warnings()));
    }

    void refuse(String file, String reason) {
        warnings.add(new LoadWarning(shown(file), reason));
    }

    // a zip entry may have an empty or blank name; a warning must still name something
    private static String shown(String file) {
        return file == null || file.isBlank() ? "(unnamed entry)" : file;
    }

    /** A file that is not a copy; listed one by one up to a cap, then counted. */
    void skip(String file, String reason) {
        if (skipWarnings++ < MAX_SKIP_WARNINGS) {
            warnings.add(new LoadWarning(shown(file), reason));
        } else {
            skipsNotListed++;
        }
    }

    List<Pending> copies() {
        return copies;
    }

    /** Every warning, with the summaries of what the limits left out at the end. */
    List<LoadWarning> warnings() {
        List<LoadWarning> all = new ArrayList<>(warnings);
        if (overFileLimit > 0) {
            all.add(new LoadWarning(firstLeftOut, "refused: the bundle holds more than " + limits.maxFiles()
                    + " text files (maxFiles); this file and " + (overFileLimit - 1) + " more were not read"));
        }
        if (skipsNotListed > 0) {
            all.add(new LoadWarning("(bundle)", skipsNotListed + " more skipped files are not listed one by one"));
        }
        return all;
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
