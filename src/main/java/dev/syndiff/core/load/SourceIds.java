package dev.syndiff.core.load;

import dev.syndiff.core.model.LoadWarning;
import dev.syndiff.core.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each copy its id: the file name without extension, or, when another copy already has
 * that name, its folder path joined with '-', or a number; the renaming is said in a warning.
 */
final class SourceIds {
    private SourceIds() {
    }

    static List<Source> assign(List<Intake.Pending> sorted, List<LoadWarning> warnings) {
        Set<String> taken = new HashSet<>();
        List<Source> sources = new ArrayList<>();
        for (Intake.Pending p : sorted) {
            String base = TextFileFilter.withoutExtension(ZipEntryNames.baseName(p.file()));
            String id = base;
            if (!taken.add(key(id))) {
                id = TextFileFilter.withoutExtension(p.file().replace('\\', '/')).replace('/', '-');
                for (int n = 2; id.equals(base) || !taken.add(key(id)); n++) {
                    id = base + "-" + n;
                }
                warnings.add(new LoadWarning(p.file(), "this copy is called '" + id + "' because another copy"
                        + " is already called '" + base + "'"));
            }
            sources.add(new Source(id, p.file(), p.text(), p.encoding(), p.warnings()));
        }
        return sources;
    }

    // Case-blind, so ids stay distinct on case-insensitive file systems and in HTML anchors.
    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
