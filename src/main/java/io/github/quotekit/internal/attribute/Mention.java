package io.github.quotekit.internal.attribute;

import io.github.quotekit.SpeakerType;

/**
 * Where an article names a speaker for one quote: characters {@code [start, end)}, the head token,
 * and the canonical name if it is known yet (a pronoun's is found later, in text order).
 */
record Mention(int start, int end, int head, SpeakerType type, String name, boolean pronoun) {}
