package dev.syndiff.bench;

/** One synthetic copy: the file name it should get and its text. */
public record GeneratedCopy(String fileName, String text) {
    public int words() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
