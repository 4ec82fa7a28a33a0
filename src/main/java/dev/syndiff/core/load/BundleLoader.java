package dev.syndiff.core.load;

import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a bundle (a folder, explicit files or a .zip) into sources, read-only and within
 * {@link LoadLimits}. Every file it cannot use becomes a warning naming the file; it never throws
 * for a bad file and never writes anything.
 */
public final class BundleLoader {
    private final LoadLimits limits;
    private final boolean recursive;
    private final BundleFiles files;

    public BundleLoader(LoadLimits limits, boolean recursive) {
        this(limits, recursive, BundleFiles.system());
    }

    public BundleLoader(LoadLimits limits, boolean recursive, BundleFiles files) {
        this.limits = limits;
        this.recursive = recursive;
        this.files = files;
    }

    public Bundle load(List<Path> inputs) {
        Intake intake = new Intake(limits, files);
        for (Path input : inputs) {
            take(input, intake);
        }
        List<Intake.Pending> copies = new ArrayList<>(intake.copies());
        copies.sort(Comparator.comparing(Intake.Pending::file));
        List<LoadWarning> warnings = intake.warnings();
        List<Source> sources = SourceIds.assign(copies, warnings);
        if (inputs.isEmpty()) {
            warnings.add(new LoadWarning("(bundle)", "no folder, file or zip was given"));
            return new Bundle("", "", sources, warnings);
        }
        if (sources.isEmpty()) {
            warnings.add(new LoadWarning(FolderWalker.name(inputs.get(0)), "no usable copy: nothing here is a"
                    + " readable text file (" + warnings.size() + " file(s) refused or skipped)"));
        }
        return new Bundle(bundleName(inputs), bundlePath(inputs), sources, warnings);
    }

    private void take(Path input, Intake intake) {
        String name = FolderWalker.name(input);
        if (!files.exists(input)) {
            intake.refuse(input.toString(), "refused: not found");
        } else if (files.isDirectory(input)) {
            new FolderWalker(files, intake, recursive).walk(input);
        } else if (isZip(input)) {
            new ZipBundleReader(files, intake).read(input);
        } else {
            // a file named on purpose is read whatever its extension; its bytes decide
            intake.readFile(input, name);
        }
    }

    private boolean isZip(Path input) {
        return FolderWalker.name(input).toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private String bundleName(List<Path> inputs) {
        Path first = inputs.get(0);
        if (inputs.size() == 1 && files.isDirectory(first)) {
            return FolderWalker.name(first.toAbsolutePath().normalize());
        }
        if (inputs.size() == 1 && isZip(first)) {
            return TextFileFilter.withoutExtension(FolderWalker.name(first));
        }
        Path parent = first.toAbsolutePath().normalize().getParent();
        return parent == null ? "" : FolderWalker.name(parent);
    }

    private String bundlePath(List<Path> inputs) {
        Path first = inputs.get(0);
        if (inputs.size() == 1 && (files.isDirectory(first) || isZip(first))) {
            return first.toString();
        }
        Path parent = first.getParent();
        return parent == null ? "." : parent.toString();
    }
}
