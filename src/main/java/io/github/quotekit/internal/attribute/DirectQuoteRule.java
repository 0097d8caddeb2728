package io.github.quotekit.internal.attribute;

import io.github.quotekit.internal.detect.Quotation;
import java.util.Optional;

/** A rule that finds the cue and speaker of a quotation from the words around it. */
interface DirectQuoteRule {
  Optional<Cue> attribute(Quotation q, Article a);
}
