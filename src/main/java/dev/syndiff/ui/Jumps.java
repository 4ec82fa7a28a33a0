package dev.syndiff.ui;

import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Moves the panes to a change: the first pane that has it now, the others one per frame
 * after it, so no frame lays out more than one pane's new cells (a jump far down a long copy
 * builds a screenful of them). A newer jump drops the rest of an older one.
 */
final class Jumps {
    private final UiExecutors exec;
    private final ScrollSync sync;
    private final BiFunction<VersionPane, Map<String, Span>, Span> spanFor;
    private List<VersionPane> panes = List.of();
    private int generation;

    /** {@code spanFor} gives a pane's own span of the change, or its aligned place, or null. */
    Jumps(UiExecutors exec, ScrollSync sync, BiFunction<VersionPane, Map<String, Span>, Span> spanFor) {
        this.exec = exec;
        this.sync = sync;
        this.spanFor = spanFor;
    }

    void reveal(List<VersionPane> shown, Map<String, Span> spans) {
        int gen = ++generation;
        panes = shown;
        VersionPane leader = null;
        int at = 0;
        List<VersionPane> rest = new ArrayList<>();
        for (VersionPane p : shown) {
            Span span = spanFor.apply(p, spans);
            if (leader == null && span != null) {
                leader = p;
                at = span.start();
                sync.quietly(() -> p.select(span));
            } else {
                rest.add(p);
            }
        }
        if (rest.isEmpty()) {
            return;
        }
        Jump jump = new Jump(gen, spans, leader, at, rest, sync.hold()); // the hold: the leader's layout must not drag the others along
        exec.afterPaint().execute(() -> jump.step(0));
    }

    /** The rest of a jump: the other panes one per frame, then those without a counterpart follow the leader by row. */
    private final class Jump {
        private final int gen;
        private final Map<String, Span> spans;
        private final VersionPane leader;
        private final int at;
        private final List<VersionPane> rest;
        private final List<VersionPane> without = new ArrayList<>();
        private final Runnable release;

        Jump(int gen, Map<String, Span> spans, VersionPane leader, int at, List<VersionPane> rest, Runnable release) {
            this.gen = gen;
            this.spans = spans;
            this.leader = leader;
            this.at = at;
            this.rest = rest;
            this.release = release;
        }

        void step(int i) {
            if (gen != generation) {
                release.run(); // a newer jump took over
                return;
            }
            if (i < rest.size()) {
                VersionPane p = rest.get(i);
                if (panes.contains(p)) { // not swapped out meanwhile
                    Span span = spanFor.apply(p, spans);
                    if (span != null) {
                        sync.quietly(() -> p.select(span));
                    } else {
                        p.area().selectRange(0, 0);
                        without.add(p);
                    }
                }
                exec.nextFrame().execute(() -> step(i + 1));
                return;
            }
            try {
                if (leader != null && !without.isEmpty()) {
                    sync.quietly(() -> sync.alignTo(leader, at, without)); // no counterpart here: the nearest aligned place
                }
            } finally {
                release.run();
            }
        }
    }
}
