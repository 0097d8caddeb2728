package io.github.quotekit.internal.attribute;

import io.github.quotekit.QuoteKind;

/** A quote as the rules find it, before speakers are resolved in text order. */
record Found(int start, int end, QuoteKind kind, Cue cue, int block) {}
