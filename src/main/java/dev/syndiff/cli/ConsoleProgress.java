package dev.syndiff.cli;

import dev.syndiff.core.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress lines on stderr, only for runs that last: nothing is printed during the first
 * second, then one line per stage and per ten percent. The clock is injected for tests.
 */
final class ConsoleProgress implements ProgressListener {
    static final long GRACE_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final LongSupplier clock;
    private final long start;
    private String lastStage;
    private int lastTenth = -1;

    ConsoleProgress(PrintStream err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    static ProgressListener forTerminal(Terminal terminal, boolean quiet) {
        return quiet ? ProgressListener.NONE : new ConsoleProgress(terminal.err(), System::nanoTime);
    }

    @Override
    public void progress(String stage, double fraction) {
        if (clock.getAsLong() - start < GRACE_NANOS) {
            return;
        }
        if (fraction >= 1.0 && lastStage == null) {
            return; // the run ended just past the grace time: a lone "done" line says nothing
        }
        int tenth = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 10);
        if (stage.equals(lastStage) && tenth == lastTenth) {
            return;
        }
        lastStage = stage;
        lastTenth = tenth;
        err.printf(Locale.ROOT, "syndiff: %s (%d%%)%n", stage.toLowerCase(Locale.ROOT), Math.round(fraction * 100));
    }
}
