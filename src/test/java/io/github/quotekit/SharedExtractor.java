package io.github.quotekit;

import com.google.common.base.Suppliers;
import java.util.function.Supplier;

/** The one extractor all model-loading tests share: loading CoreNLP costs seconds and gigabytes. */
public final class SharedExtractor {
  private static final Supplier<QuoteExtractor> EXTRACTOR =
      Suppliers.memoize(() -> QuoteExtractor.builder().build());

  private SharedExtractor() {}

  public static QuoteExtractor get() {
    return EXTRACTOR.get();
  }

  public static Supplier<QuoteExtractor> supplier() {
    return EXTRACTOR;
  }
}
