package dev.syndiff.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file so that readers see either the old bytes or all the new ones: the bytes go to
 * a hidden temp file beside the target, are forced to disk, then renamed over the target.
 * Whatever fails, the old file stays as it was and the temp file is removed.
 */
public final class AtomicFileWriter {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final FileOps ops;

    public AtomicFileWriter() {
        this(FileOps.system());
    }

    public AtomicFileWriter(FileOps ops) {
        this.ops = ops;
    }

    /** Refuses, before any work is done, a target the rules do not allow. */
    public void check(Path target, WriteRules rules) throws WriteRefusedException {
        Path abs = target.toAbsolutePath().normalize();
        Path folder = abs.getParent();
        if (folder == null || abs.getFileName() == null) {
            throw new WriteRefusedException(target, "not a file name");
        }
        if (!Files.isDirectory(folder)) {
            throw new WriteRefusedException(target, "the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new WriteRefusedException(target, "it is a folder");
        }
        Path real = realFolder(target, folder).resolve(abs.getFileName());
        boolean exists = Files.exists(real, LinkOption.NOFOLLOW_LINKS);
        for (Path input : rules.inputs()) {
            Path in = realOrNull(input);
            if (in == null) {
                continue;
            }
            if (Files.isDirectory(in)) {
                if (!rules.intoBundle() && real.startsWith(in)) {
                    throw new WriteRefusedException(target, "it is inside the bundle folder " + input
                            + " (the next run would read it as a copy; use --into-bundle to write there anyway)");
                }
            } else if (exists && sameFile(in, real)) {
                throw new WriteRefusedException(target, "it is one of the input files");
            }
        }
        if (exists && !Files.isRegularFile(real)) {
            // renaming a temp file over /dev/null or a pipe would replace the device itself
            throw new WriteRefusedException(target, "it is not a regular file (a device or a pipe); use - to write to standard output");
        }
        if (exists && !rules.force()) {
            throw new WriteRefusedException(target, "the file exists (use --force to replace it)");
        }
    }

    /**
     * Replaces {@code target} with {@code bytes} in one step, with the replacement already agreed
     * (a save dialog asked, or a file Syndiff keeps for itself such as triage marks).
     */
    public static void replace(Path target, byte[] bytes) throws IOException {
        try {
            new AtomicFileWriter().write(target, bytes, new WriteRules(java.util.List.of(), true, false));
        } catch (WriteRefusedException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Checks the rules, then replaces {@code target} with {@code bytes} in one step. */
    public void write(Path target, byte[] bytes, WriteRules rules) throws WriteRefusedException {
        check(target, rules);
        Path abs = target.toAbsolutePath().normalize();
        Path folder = abs.getParent();
        Path temp = folder.resolve("." + abs.getFileName() + "." + token() + ".tmp");
        try {
            try (OutputStream out = ops.create(temp)) {
                out.write(bytes);
            }
            move(temp, abs);
        } catch (IOException | RuntimeException e) {
            removeQuietly(temp, e);
            throw new WriteRefusedException(target, describe(e, folder), e);
        }
        ops.syncFolder(folder);
    }

    private void move(Path temp, Path target) throws IOException {
        try {
            // on POSIX a rename replaces the target atomically; REPLACE_EXISTING is for file
            // systems that honour it alongside ATOMIC_MOVE
            ops.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            ops.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void removeQuietly(Path temp, Exception failure) {
        try {
            ops.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static String describe(Exception e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return "permission denied in the folder " + folder;
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + folder + " disappeared";
        }
        String msg = e.getMessage();
        return "write failed (" + (msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg)
                + "); the old file, if any, is unchanged";
    }

    private static Path realFolder(Path target, Path folder) throws WriteRefusedException {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new WriteRefusedException(target, "the folder " + folder + " cannot be read", e);
        }
    }

    private static Path realOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.equals(b);
        }
    }

    private static String token() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
