package io.github.quotekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final StringWriter screen = new StringWriter();
  private long now;

  private Progress progress(long total) {
    return new Progress(new PrintWriter(screen), total, () -> now);
  }

  private void seconds(double s) {
    now += (long) (s * TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void showsDoneRateAndTimeLeft() {
    Progress p = progress(10);
    assertEquals("[--------------------]  0/10 articles  loading models\u2026", p.line(now));
    p.start();
    for (int i = 0; i < 4; i++) {
      seconds(0.5);
      p.advance();
    }
    assertEquals("[########------------]  4/10 articles  2.0/s  3s left", p.line(now));
  }

  @Test
  void withoutATotalShowsTheCountAndRate() {
    Progress p = progress(-1);
    p.start();
    seconds(2);
    p.advance();
    assertEquals("1 article  0.5/s", p.line(now));
  }

  @Test
  void redrawsInPlaceAtMostFiveTimesASecond() {
    Progress p = progress(100);
    p.start();
    for (int i = 0; i < 10; i++) {
      seconds(0.01);
      p.advance();
    }
    assertEquals(1, screen.toString().split("\r", -1).length - 1, "drawn at start only");
    seconds(0.2);
    p.advance();
    assertEquals(2, screen.toString().split("\r", -1).length - 1, "drawn again after 200 ms");
  }

  @Test
  void clearsItselfForMessagesAndRedrawsAfter() {
    Progress p = progress(2);
    p.start();
    int shown = screen.toString().length() - 1;
    p.clear();
    assertTrue(screen.toString().endsWith("\r" + " ".repeat(shown) + "\r"), screen.toString());
    seconds(0.01);
    p.advance();
    assertTrue(
        screen.toString().endsWith("\r[##########----------]  1/2 articles  100.0/s  0s left"),
        screen.toString());
  }

  @Test
  void finishLeavesASummaryLine() {
    Progress p = progress(3);
    p.start();
    for (int i = 0; i < 3; i++) {
      seconds(20);
      p.advance();
    }
    p.finish();
    assertTrue(
        screen.toString().endsWith("\r3 articles in 1m 00s (0.1/s)" + System.lineSeparator()),
        screen.toString());
  }

  @Test
  void durationsReadAsSecondsMinutesOrHours() {
    long s = TimeUnit.SECONDS.toNanos(1);
    assertEquals("42s", Progress.duration(42 * s));
    assertEquals("3m 07s", Progress.duration(187 * s));
    assertEquals("2h 05m", Progress.duration((2 * 3600 + 5 * 60) * s));
  }
}
