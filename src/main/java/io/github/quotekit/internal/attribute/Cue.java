package io.github.quotekit.internal.attribute;

/**
 * An attribution found for a quote: the cue's characters (-1 when there is none), the mention of
 * the speaker (null when none), the token of the reporting verb (-1 when not a verb) and the rule
 * that found it.
 */
record Cue(int start, int end, int verb, Mention mention, String rule) {}
