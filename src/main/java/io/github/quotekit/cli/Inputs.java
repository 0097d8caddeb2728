package io.github.quotekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The command line's inputs: paths resolved to sources (files, the files of directories, standard
 * input), then read lazily, one article at a time, so that a JSON Lines file of millions of
 * articles never sits in memory.
 *
 * <p>Two kinds of trouble are kept apart. A source that cannot be used at all (missing, unreadable,
 * a directory without articles) is a problem, reported through a callback: it yields no article. An
 * article that cannot be read (a line that is not JSON, text that is not UTF-8) is an {@link Input}
 * carrying its error, so that it still yields its output record.
 */
final class Inputs {
  static final String STDIN = "-";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Inputs() {}

  /** How a source holds its articles. */
  enum Kind {
    TEXT,
    HTML,
    JSONL,
    /** Not known from a name: told by the first character ({@code {}, {@code <}, or text). */
    SNIFF;

    static Kind of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".txt")) {
        return TEXT;
      } else if (name.endsWith(".html") || name.endsWith(".htm")) {
        return HTML;
      } else if (name.endsWith(".jsonl")) {
        return JSONL;
      }
      return SNIFF;
    }

    boolean articles() {
      return this != SNIFF;
    }
  }

  /**
   * A place to read articles from.
   *
   * @param file the file, or null for standard input
   * @param name how messages name it
   * @param id the id of its article, when it holds one
   */
  record Source(Path file, String name, String id, Kind kind) {
    static Source stdin() {
      return new Source(null, "<stdin>", "stdin", Kind.SNIFF);
    }
  }

  /**
   * The sources that {@code paths} name, in order; a directory gives its {@code .txt}, {@code
   * .html}, {@code .htm} and {@code .jsonl} files, recursively, sorted, hidden ones skipped. No
   * path means standard input.
   *
   * @param skip a file never to read (the output file), or null
   * @param problems told of each path that gives no source, in one line naming it
   */
  static List<Source> resolve(List<String> paths, Path skip, Consumer<String> problems) {
    if (paths.isEmpty()) {
      return List.of(Source.stdin());
    }
    List<Source> sources = new ArrayList<>();
    boolean stdin = false;
    for (String p : paths) {
      if (p.equals(STDIN)) {
        if (stdin) {
          problems.accept("-: standard input named twice");
        } else {
          stdin = true;
          sources.add(Source.stdin());
        }
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        List<Source> found = walk(path, skip, problems);
        if (found.isEmpty()) {
          problems.accept(p + ": no .txt, .html or .jsonl files in this directory");
        }
        sources.addAll(found);
      } else if (!Files.exists(path)) {
        problems.accept(p + ": no such file or directory");
      } else if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
        problems.accept(p + ": cannot read this file");
      } else if (skip != null && path.toAbsolutePath().normalize().equals(skip)) {
        problems.accept(p + ": is also the output file");
      } else {
        String id = stripExtension(path.getFileName().toString());
        sources.add(new Source(path, p, id, Kind.of(path)));
      }
    }
    return sources;
  }

  private static List<Source> walk(Path dir, Path skip, Consumer<String> problems) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && hidden(d)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && !hidden(f)
                  && Kind.of(f).articles()
                  && (skip == null || !f.toAbsolutePath().normalize().equals(skip))) {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              problems.accept(f + ": " + describe(e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.accept(dir + ": " + describe(e));
    }
    files.sort(null);
    List<Source> sources = new ArrayList<>();
    for (Path f : files) {
      String id = stripExtension(dir.relativize(f).toString().replace('\\', '/'));
      sources.add(new Source(f, f.toString(), id, Kind.of(f)));
    }
    return sources;
  }

  private static boolean hidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }

  /** A one-line reason for an I/O failure. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
  }

  /**
   * How many articles {@code sources} hold, reading JSON Lines files through (for a progress bar),
   * or -1 when standard input is among them.
   */
  static long count(List<Source> sources) {
    long n = 0;
    for (Source s : sources) {
      if (s.file() == null) {
        return -1;
      }
      if (s.kind() != Kind.JSONL) {
        n++;
        continue;
      }
      try (LineReader r = new LineReader(Files.newInputStream(s.file()))) {
        for (byte[] line = r.next(); line != null; line = r.next()) {
          if (!blank(line)) {
            n++;
          }
        }
      } catch (IOException e) {
        // the reader reports it
      }
    }
    return n;
  }

  private static boolean blank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the articles of {@code sources} in order, lazily.
   *
   * @param stdin opens standard input, when a source is it
   * @param problems told of each source that turns out unreadable, in one line naming it
   */
  static Reader read(List<Source> sources, Supplier<InputStream> stdin, Consumer<String> problems) {
    return new Reader(sources, stdin, problems);
  }

  /** The articles of the sources, one at a time; close it to close the file being read. */
  static final class Reader implements Iterator<Input>, AutoCloseable {
    private final Deque<Source> sources;
    private final Supplier<InputStream> stdin;
    private final Consumer<String> problems;
    private final Deque<Input> ready = new ArrayDeque<>();
    private Source jsonl; // the JSON Lines source being read, line by line
    private LineReader lines;

    private Reader(List<Source> sources, Supplier<InputStream> stdin, Consumer<String> problems) {
      this.sources = new ArrayDeque<>(sources);
      this.stdin = stdin;
      this.problems = problems;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        if (lines != null) {
          readLine();
        } else if (!sources.isEmpty()) {
          open(sources.poll());
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public Input next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private void open(Source s) {
      InputStream in = null;
      try {
        in = s.file() == null ? stdin.get() : Files.newInputStream(s.file());
        Kind kind = s.kind();
        if (kind == Kind.SNIFF) {
          in = new BufferedInputStream(in);
          kind = sniff(in);
        }
        if (kind == Kind.JSONL) {
          jsonl = s;
          lines = new LineReader(in);
          in = null; // lines owns it now
          return;
        }
        byte[] bytes = in.readAllBytes();
        ready.add(article(s, kind, bytes));
      } catch (IOException e) {
        problems.accept(s.name() + ": " + describe(e));
      } finally {
        closeQuietly(in);
      }
    }

    private static Input article(Source s, Kind kind, byte[] bytes) {
      try {
        String text = kind == Kind.HTML ? HtmlArticle.text(bytes) : Utf8.decode(bytes, 1);
        return Input.of(s.id(), s.name(), text);
      } catch (Utf8.MalformedException e) {
        String where = s.name() + ":" + e.line;
        return Input.failed(s.id(), where, null, where + ": invalid UTF-8");
      }
    }

    /**
     * JSON Lines when the first character is '{', HTML when it is '<', else text. Blank input is
     * JSON Lines too: no articles.
     */
    private static Kind sniff(InputStream in) throws IOException {
      in.mark(4096);
      try {
        for (int i = 0; i < 4096; i++) {
          int b = in.read();
          if (b == '{' || b == -1) {
            return Kind.JSONL;
          } else if (b == '<') {
            return Kind.HTML;
          } else if (!(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
            return Kind.TEXT;
          }
        }
        return Kind.TEXT;
      } finally {
        in.reset();
      }
    }

    private void readLine() {
      byte[] bytes;
      try {
        bytes = lines.next();
      } catch (IOException e) {
        problems.accept(jsonl.name() + ":" + (lines.number() + 1) + ": " + describe(e));
        bytes = null;
      }
      if (bytes == null) {
        closeLines();
        return;
      }
      if (!blank(bytes)) {
        ready.add(record(jsonl, lines.number(), bytes));
      }
    }

    /** One JSON Lines record: {@code id} and {@code text}, other fields passed through. */
    static Input record(Source s, int number, byte[] bytes) {
      String where = s.name() + ":" + number;
      String line;
      try {
        line = Utf8.decode(bytes, number);
      } catch (Utf8.MalformedException e) {
        return Input.failed(where, where, null, where + ": invalid UTF-8");
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        String reason = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ");
        return Input.failed(where, where, null, where + ": invalid JSON: " + reason);
      }
      if (!(node instanceof ObjectNode o)) {
        return Input.failed(where, where, null, where + ": not a JSON object");
      }
      o.remove("quotes"); // always the extractor's own
      o.remove("error");
      JsonNode idNode = o.get("id");
      String id =
          idNode == null || idNode.isNull()
              ? where
              : idNode.isValueNode() ? idNode.asText() : idNode.toString();
      JsonNode text = o.get("text");
      if (text == null || !text.isTextual()) {
        return Input.failed(id, where, o, where + ": no \"text\" string");
      }
      return new Input(id, where, text.asText(), o, null);
    }

    private void closeLines() {
      closeQuietly(lines);
      lines = null;
      jsonl = null;
    }

    private static void closeQuietly(AutoCloseable c) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception e) {
          // nothing was written to it
        }
      }
    }

    @Override
    public void close() {
      closeLines();
      sources.clear();
    }
  }
}
