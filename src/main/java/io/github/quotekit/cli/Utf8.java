package io.github.quotekit.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that tells on which line a bad byte sits. */
final class Utf8 {
  private Utf8() {}

  /** Bytes that are not UTF-8, and the line (from 1) of the first bad byte. */
  static final class MalformedException extends Exception {
    final int line;

    MalformedException(int line) {
      super("invalid UTF-8 on line " + line);
      this.line = line;
    }
  }

  /**
   * {@code bytes} as UTF-8, a leading byte order mark dropped.
   *
   * @param firstLine the line number of the first byte, for the report
   */
  static String decode(byte[] bytes, int firstLine) throws MalformedException {
    int from = hasBom(bytes) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int line = firstLine;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new MalformedException(line);
    }
    return out.flip().toString();
  }

  static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }
}
