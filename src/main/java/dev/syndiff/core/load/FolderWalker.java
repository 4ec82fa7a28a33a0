package dev.syndiff.core.load;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a bundle folder in name order: text files go to the intake, everything else is named
 * in a warning. Symlinks are followed only while they stay inside the bundle and do not loop.
 */
final class FolderWalker {
    private final BundleFiles files;
    private final Intake intake;
    private final boolean recursive;

    FolderWalker(BundleFiles files, Intake intake, boolean recursive) {
        this.files = files;
        this.intake = intake;
        this.recursive = recursive;
    }

    void walk(Path root) {
        Path realRoot;
        try {
            realRoot = files.realPath(root);
        } catch (IOException | RuntimeException e) {
            intake.refuse(name(root), "refused: the folder could not be opened (" + Intake.describe(e) + ")");
            return;
        }
        Set<Path> open = new HashSet<>();
        open.add(realRoot);
        visit(root, realRoot, "", 0, open);
    }

    private void visit(Path folder, Path realRoot, String prefix, int depth, Set<Path> open) {
        List<Path> entries;
        try {
            entries = files.list(folder).stream().sorted(Comparator.comparing(FolderWalker::name)).toList();
        } catch (IOException | RuntimeException e) {
            intake.refuse(prefix.isEmpty() ? name(folder) : prefix,
                    "refused: the folder could not be listed (" + Intake.describe(e) + ")");
            return;
        }
        for (Path entry : entries) {
            String file = prefix + name(entry);
            Path real = resolve(entry, file, realRoot);
            if (real == null) {
                continue;
            }
            if (files.isDirectory(entry)) {
                enter(entry, real, realRoot, file, depth, open);
            } else if (TextFileFilter.isHidden(name(entry))) {
                intake.skip(file, "skipped: hidden file");
            } else if (TextFileFilter.isText(name(entry))) {
                intake.readFile(entry, file);
            } else {
                intake.skip(file, TextFileFilter.notTextReason(name(entry)));
            }
        }
    }

    private void enter(Path folder, Path real, Path realRoot, String file, int depth, Set<Path> open) {
        if (TextFileFilter.isHidden(name(folder))) {
            intake.skip(file + "/", "skipped: hidden folder");
        } else if (!recursive) {
            intake.skip(file + "/", "skipped: a subfolder (subfolders are read only when reading recursively)");
        } else if (depth + 1 > intake.limits().maxDepth()) {
            intake.refuse(file + "/", "refused: the folder is nested deeper than " + intake.limits().maxDepth()
                    + " levels (maxDepth); nothing in it was read");
        } else if (!open.add(real)) {
            intake.refuse(file + "/", "refused: symlink loop (this folder leads back to a folder it is inside)");
        } else {
            visit(folder, realRoot, file + "/", depth + 1, open);
            open.remove(real);
        }
    }

    /** The entry's real location, or null (with a warning) when a symlink must not be followed. */
    private Path resolve(Path entry, String file, Path realRoot) {
        try {
            Path real = files.realPath(entry);
            if (files.isSymbolicLink(entry) && !real.startsWith(realRoot)) {
                intake.refuse(file, "refused: symlink that points outside the bundle folder");
                return null;
            }
            return real;
        } catch (NoSuchFileException e) {
            intake.refuse(file, "refused: broken symlink (its target does not exist)");
        } catch (FileSystemException e) {
            intake.refuse(file, files.isSymbolicLink(entry)
                    ? "refused: symlink loop (" + Intake.describe(e) + ")"
                    : "refused: the file could not be opened (" + Intake.describe(e) + ")");
        } catch (IOException | RuntimeException e) {
            intake.refuse(file, "refused: the file could not be opened (" + Intake.describe(e) + ")");
        }
        return null;
    }

    static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
