package dev.syndiff.cli;

import dev.syndiff.export.AtomicFileWriter;
import dev.syndiff.export.WriteRefusedException;
import dev.syndiff.export.WriteRules;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** One output of a command: standard output ("-" or no option) or a file written atomically. */
final class ReportOutput {
    private final Terminal terminal;
    private final String target;
    private final WriteRules rules;
    private final AtomicFileWriter writer = new AtomicFileWriter();

    ReportOutput(Terminal terminal, String target, WriteRules rules) {
        this.terminal = terminal;
        this.target = target;
        this.rules = rules;
    }

    boolean toStdout() {
        return target == null || target.equals("-");
    }

    /** Refuses a bad target before the (possibly long) comparison runs. */
    void check() throws WriteRefusedException {
        if (!toStdout()) {
            writer.check(path(), rules);
        }
    }

    void write(byte[] bytes) throws WriteRefusedException {
        if (!toStdout()) {
            writer.write(path(), bytes, rules);
            return;
        }
        terminal.out().write(bytes, 0, bytes.length);
        terminal.out().flush();
        if (terminal.out().checkError()) {
            throw new CliFailure("cannot write to standard output");
        }
    }

    Path path() {
        try {
            return Path.of(target);
        } catch (InvalidPathException e) {
            throw new CliFailure("'" + target + "' is not a usable file name: " + e.getReason());
        }
    }
}
