package app.parallax.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the UI thread was kept from painting: an animation timer asks for a frame on
 * every pulse (60 a second), so the longest gap between two frames is the longest time the window
 * could not answer a click or repaint. Start and stop on the FX thread.
 */
final class StallMeter {

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0) {
                longest = Math.max(longest, now - last);
                if (now - last > STALL_NANOS) {
                    stalls++;
                }
            }
            last = now;
            frames++;
        }
    };
    private static final long STALL_NANOS = 100_000_000L;
    private long last;
    private long longest;
    private int frames;
    private int stalls;

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    /** The longest gap between two frames so far, in milliseconds. */
    double longestMillis() {
        return longest / 1e6;
    }

    int frames() {
        return frames;
    }

    /** Gaps over 100 ms. */
    int stalls() {
        return stalls;
    }
}
