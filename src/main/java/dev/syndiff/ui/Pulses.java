package dev.syndiff.ui;

import javafx.animation.AnimationTimer;

/** Runs work a number of pulses from now, on the FX thread: after a frame is laid out and painted. */
final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code then} at the start of pulse {@code n + 1} from now (call on the FX thread):
     * with n = 2 the first pulse lays out and hands its frame to the renderer, the second waits
     * until that frame is painted.
     */
    static void after(int n, Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames > n) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
