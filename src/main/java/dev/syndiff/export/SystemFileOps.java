package dev.syndiff.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The real file operations: a channel that is forced to disk before it closes. */
final class SystemFileOps implements FileOps {
    @Override
    public OutputStream create(Path file) throws IOException {
        // CREATE_NEW with default permissions: unlike createTempFile (0600), the result keeps
        // the permissions a normal save would give the report.
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new SyncingStream(channel);
    }

    @Override
    public void move(Path from, Path to, CopyOption... options) throws IOException {
        Files.move(from, to, options);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot open or sync a folder; the rename itself already happened
        }
    }

    /** Writes straight to the channel and fsyncs it on close. */
    private static final class SyncingStream extends OutputStream {
        private final FileChannel channel;

        SyncingStream(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }

        @Override
        public void close() throws IOException {
            if (!channel.isOpen()) {
                return;
            }
            try {
                channel.force(true);
            } finally {
                channel.close();
            }
        }
    }
}
