package dev.syndiff.ui;

import dev.syndiff.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.reactfx.Subscription;

/**
 * Scrolls the panes together by aligned row, as Meld does: the leader's top line sits at
 * some fraction of an aligned block; the others show the same fraction of their block. A
 * scroll event that arrives while a sync is in flight is dropped, not queued.
 */
public final class ScrollSync {
    private final List<VersionPane> panes = new ArrayList<>();
    private final List<Subscription> subs = new ArrayList<>();
    private ReportIndex index;
    private boolean enabled = true;
    private boolean inFlight;
    private int holds;
    private VersionPane leader;

    public void attach(ReportIndex idx, List<VersionPane> newPanes) {
        detach();
        this.index = idx;
        panes.addAll(newPanes);
        for (VersionPane p : panes) {
            subs.add(p.area().estimatedScrollYProperty().observeChanges((o, a, b) -> onScroll(p)));
            // only the pane the reader works in leads; the others' scroll events are echoes
            // (once per pane: a pane is attached again for each fuller report and when kept for other copies)
            if (p.getProperties().putIfAbsent(ScrollSync.class, this) == null) {
                p.area().addEventFilter(ScrollEvent.ANY, e -> leader = p);
                p.area().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> leader = p);
                p.area().addEventFilter(KeyEvent.KEY_PRESSED, e -> leader = p);
            }
        }
        leader = panes.isEmpty() ? null : panes.get(0);
    }

    public void detach() {
        subs.forEach(Subscription::unsubscribe);
        subs.clear();
        panes.clear();
    }

    public void setEnabled(boolean on) {
        enabled = on;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Runs {@code move} with syncing suppressed, e.g. when navigation positions every pane itself. */
    public void quietly(Runnable move) {
        boolean was = inFlight;
        inFlight = true;
        try {
            move.run();
        } finally {
            if (!was) {
                Platform.runLater(() -> inFlight = false);
            }
        }
    }

    /**
     * Suppresses syncing until the returned release has run (and the tasks queued before it):
     * for a move that positions the panes itself over more than one frame.
     */
    public Runnable hold() {
        holds++;
        boolean[] done = {false};
        return () -> {
            if (!done[0]) {
                done[0] = true;
                Platform.runLater(() -> holds--);
            }
        };
    }

    boolean isHeld() {
        return holds > 0;
    }

    private void onScroll(VersionPane pane) {
        if (!enabled || inFlight || holds > 0 || index == null || pane != leader || pane.document() == null) {
            return;
        }
        inFlight = true;
        // sync after this layout pass; scroll events until the followers settle are dropped
        Platform.runLater(() -> {
            int top = pane.topSourceOffset();
            try {
                ReportIndex.RowBlock block = index.blockAtOrAfter(pane.source(), top);
                for (VersionPane other : panes) {
                    if (other != pane && other.document() != null) {
                        follow(pane, other, top, block);
                    }
                }
            } finally {
                Platform.runLater(() -> {
                    inFlight = false;
                    if (leader == pane && pane.document() != null && pane.topSourceOffset() != top) {
                        onScroll(pane); // the leader moved on while we were in flight: catch up once
                    }
                });
            }
        });
    }

    /** Centres {@code others} on the aligned place of {@code offset} in the leader's source. */
    public void alignTo(VersionPane leader, int offset, List<VersionPane> others) {
        if (index == null) {
            return;
        }
        ReportIndex.RowBlock block = index.blockAtOrAfter(leader.source(), offset);
        for (VersionPane other : others) {
            if (other.document() != null && leader.document() != null) {
                follow(leader, other, offset, block);
            }
        }
    }

    /** Makes a pane the leader (tests and programmatic scrolls). */
    public void lead(VersionPane pane) {
        leader = pane;
    }

    private void follow(VersionPane leader, VersionPane other, int top, ReportIndex.RowBlock block) {
        int target;
        Span theirs = block == null ? null : index.blockSpan(block.row(), other.source());
        if (theirs != null) {
            Span mine = block.span();
            double f = mine.length() == 0 ? 0 : Math.max(0, Math.min(1, (top - mine.start()) / (double) mine.length()));
            target = theirs.start() + (int) Math.round(f * theirs.length());
        } else {
            // no aligned counterpart here: keep the same share of the text
            double f = top / (double) Math.max(1, leader.document().text().length());
            target = (int) (f * other.document().text().length());
            target = other.document().toSource(Math.min(target, other.document().text().length()));
        }
        int paneOffset = Math.min(other.document().toPane(target), other.area().getLength());
        int par = other.area().offsetToPosition(paneOffset, TwoDimensional.Bias.Forward).getMajor();
        other.area().showParagraphAtTop(par);
    }
}
