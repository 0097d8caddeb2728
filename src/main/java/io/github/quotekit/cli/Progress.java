package io.github.quotekit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress bar on one line of a terminal, redrawn in place: articles done, rate and time left
 * ({@code [#######-------------] 412/1000 articles 3.1/s 3m 10s left}). Without a known total it
 * shows the count and rate. Until {@link #start()} it says the models are loading, and the rate
 * counts from then. Redraws at most a few times a second. Not thread-safe: the thread that writes
 * the output draws it.
 */
final class Progress {
  private static final int BAR = 20;
  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final PrintWriter err;
  private final long total;
  private final LongSupplier nanos;
  private boolean started;
  private long start; // when the models were loaded
  private long done;
  private long drawnAt;
  private int shown; // the length of the line on screen, 0 when cleared

  /**
   * @param total the number of articles, or -1 when not known
   * @param nanos the clock, {@code System::nanoTime} but in tests
   */
  Progress(PrintWriter err, long total, LongSupplier nanos) {
    this.err = err;
    this.total = total;
    this.nanos = nanos;
  }

  /** The models are loaded: articles start to come, and the clock for the rate with them. */
  void start() {
    started = true;
    start = nanos.getAsLong();
    draw(start);
  }

  /** Counts one more article done, and redraws when it is time or the bar was cleared. */
  void advance() {
    done++;
    long now = nanos.getAsLong();
    if (shown == 0 || now - drawnAt >= REDRAW_NANOS || done == total) {
      draw(now);
    }
  }

  /** Draws the bar now. */
  void draw() {
    draw(nanos.getAsLong());
  }

  private void draw(long now) {
    drawnAt = now;
    String line = line(now);
    StringBuilder b = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < shown; i++) {
      b.append(' ');
    }
    err.print(b);
    err.flush();
    shown = line.length();
  }

  /** Erases the bar, so that a message or output can take the line. */
  void clear() {
    if (shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
    }
  }

  /** Erases the bar and leaves a summary line: articles done, time taken, rate. */
  void finish() {
    clear();
    long now = nanos.getAsLong();
    err.println(
        done
            + (done == 1 ? " article" : " articles")
            + (started ? " in " + duration(now - start) : "")
            + (perSecond(now) > 0 ? " (" + rate(now).strip() + ")" : ""));
    err.flush();
  }

  String line(long now) {
    StringBuilder b = new StringBuilder();
    if (total > 0) {
      int filled = (int) (BAR * Math.min(done, total) / total);
      b.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("]  ");
      b.append(done).append('/').append(total).append(" articles");
    } else {
      b.append(done).append(done == 1 ? " article" : " articles");
    }
    if (!started) {
      return b.append("  loading models\u2026").toString();
    }
    b.append(rate(now));
    double perSecond = perSecond(now);
    if (total > 0 && done < total && perSecond > 0) {
      long left = (long) ((total - done) / perSecond * 1e9);
      b.append("  ").append(duration(left)).append(" left");
    }
    return b.toString();
  }

  private double perSecond(long now) {
    long elapsed = now - start;
    return !started || elapsed <= 0 || done == 0 ? 0 : done / (elapsed / 1e9);
  }

  private String rate(long now) {
    double r = perSecond(now);
    return r <= 0 ? "" : String.format(Locale.ROOT, "  %.1f/s", r);
  }

  /** {@code 42s}, {@code 3m 10s}, {@code 2h 05m}. */
  static String duration(long nanos) {
    long s = Math.round(nanos / 1e9);
    if (s < 60) {
      return s + "s";
    } else if (s < 3600) {
      return s / 60 + "m " + String.format(Locale.ROOT, "%02d", s % 60) + "s";
    }
    return s / 3600 + "h " + String.format(Locale.ROOT, "%02d", s % 3600 / 60) + "m";
  }
}
