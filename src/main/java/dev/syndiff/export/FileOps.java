package dev.syndiff.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.CopyOption;
import java.nio.file.Path;

/**
 * The few file operations an atomic write needs. A seam: tests inject failures here, because
 * CI runs as root and permission tricks cannot make a write fail.
 */
public interface FileOps {
    /** Creates {@code file} (it must not exist) for writing; closing the stream flushes it to disk. */
    OutputStream create(Path file) throws IOException;

    void move(Path from, Path to, CopyOption... options) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /** Makes a finished rename durable; best effort, as not every file system can sync a folder. */
    void syncFolder(Path folder);

    static FileOps system() {
        return new SystemFileOps();
    }
}
