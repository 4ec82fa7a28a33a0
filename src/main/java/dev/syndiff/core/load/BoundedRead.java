package dev.syndiff.core.load;

import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory but never more than a limit, so a lying file size cannot hurt. */
final class BoundedRead {
    private BoundedRead() {
    }

    /** The bytes, or null if the stream holds more than {@code max} bytes. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        // readNBytes grows its buffer as data comes, so a small file costs a small buffer
        byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
        return bytes.length > max ? null : bytes;
    }
}
