package io.github.quotekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code quotekit --version}: quotekit's version, CoreNLP's and Java's, from the build. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {
      "quotekit " + p.getProperty("version", "(unknown version)"),
      "Stanford CoreNLP "
          + p.getProperty("corenlp", "(unknown version)")
          + ", Java "
          + System.getProperty("java.version")
          + " ("
          + System.getProperty("java.vendor")
          + ")"
    };
  }
}
