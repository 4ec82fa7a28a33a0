package dev.syndiff.core.load;

import java.util.List;

/** What the encoding detector made of a file's bytes: usable text, or a refusal in words. */
public sealed interface Decoding {

    /** Decoded text (leading BOM removed, nothing else changed) and what a reader should know. */
    record Text(String text, String encoding, List<String> warnings) implements Decoding {
        public Text {
            warnings = List.copyOf(warnings);
        }
    }

    /** The file cannot be used as a copy; {@code reason} is a plain sentence for the user. */
    record Refused(String reason) implements Decoding {
    }
}
