package dev.syndiff.core.load;

import dev.syndiff.core.model.Bundle;
import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a bundle (a folder, explicit files or a .zip) into sources. STUB: to be replaced. */
public final class BundleLoader {
    private final LoadLimits limits;
    private final boolean recursive;

    public BundleLoader(LoadLimits limits, boolean recursive) {
        this.limits = limits;
        this.recursive = recursive;
    }

    public Bundle load(List<Path> inputs) {
        List<Source> sources = new ArrayList<>();
        List<LoadWarning> warnings = new ArrayList<>();
        Path first = inputs.get(0);
        for (Path in : inputs) {
            try (Stream<Path> files = Files.isDirectory(in) ? Files.list(in).sorted() : Stream.of(in)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    if (text.startsWith("\uFEFF")) {
                        text = text.substring(1);
                    }
                    String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                    sources.add(new Source(id, name, text, "UTF-8", List.of()));
                }
            } catch (IOException e) {
                warnings.add(new LoadWarning(in.toString(), e.getMessage()));
            }
        }
        return new Bundle(first.getFileName().toString(), first.toString(), sources, warnings);
    }
}
