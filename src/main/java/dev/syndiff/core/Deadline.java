package dev.syndiff.core;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A time budget for a slow pass, on a clock tests can replace: a pass that runs out stops and
 * says so on the report instead of running on.
 */
public final class Deadline {
    private final LongSupplier nanoClock;
    private final long end;

    public Deadline(Duration budget, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.end = nanoClock.getAsLong() + budget.toNanos();
    }

    public static Deadline in(Duration budget) {
        return new Deadline(budget, System::nanoTime);
    }

    public static Deadline none() {
        return new Deadline(Duration.ofDays(3650), System::nanoTime);
    }

    public boolean passed() {
        return nanoClock.getAsLong() - end > 0;
    }
}
