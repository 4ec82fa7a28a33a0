package dev.syndiff.core.load;

/** Checks a zip entry's name before anything of it is read: no escapes, no absolute paths. */
final class ZipEntryNames {
    private ZipEntryNames() {
    }

    /** A refusal in words, or null when the name is safe to take. */
    static String problem(String name, int maxDepth) {
        String path = name.replace('\\', '/');
        if (path.isBlank()) {
            return "refused: the zip entry has no name";
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "refused: the zip entry has an absolute path";
        }
        String[] parts = path.split("/");
        for (String part : parts) {
            if (part.equals("..")) {
                return "refused: the zip entry would escape the bundle folder (../)";
            }
        }
        if (parts.length - 1 > maxDepth) {
            return "refused: the zip entry is nested deeper than " + maxDepth + " levels (maxDepth)";
        }
        return null;
    }

    static boolean hidden(String name) {
        for (String part : name.replace('\\', '/').split("/")) {
            if (TextFileFilter.isHidden(part)) {
                return true;
            }
        }
        return false;
    }

    static String baseName(String name) {
        String path = name.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
