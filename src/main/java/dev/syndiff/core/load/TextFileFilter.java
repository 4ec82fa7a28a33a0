package dev.syndiff.core.load;

import java.util.Locale;
import java.util.Set;

/** Which names in a folder or zip are copies to read: .txt, .text and .md, not hidden files. */
final class TextFileFilter {
    private static final Set<String> TEXT = Set.of("txt", "text", "md");

    private TextFileFilter() {
    }

    static boolean isText(String name) {
        return TEXT.contains(extension(name).toLowerCase(Locale.ROOT));
    }

    /** Dot files and macOS archive metadata: never a copy of the story. */
    static boolean isHidden(String name) {
        return name.startsWith(".") || name.equals("__MACOSX");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }

    static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String notTextReason(String name) {
        String ext = extension(name);
        return "skipped: not a text file (" + (ext.isEmpty() ? "no extension" : "." + ext)
                + "); Syndiff reads .txt, .text and .md files";
    }
}
