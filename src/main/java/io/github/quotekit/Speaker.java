package io.github.quotekit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Who said a quote. Immutable and thread-safe.
 *
 * @param name the canonical name: the fullest form the article gives, titles and possessives
 *     stripped ("Pete Hegseth", not "Defense Secretary Hegseth" or "he")
 * @param type whether the speaker is a person, an organisation or a group
 * @param mention where the article names the speaker in the attribution that covers this quote (it
 *     may be a pronoun); a quote without a cue of its own, such as the second half of an
 *     interrupted quote or a quote paragraph, shares the mention of the quote before it
 */
public record Speaker(String name, SpeakerType type, Optional<Span> mention) {

  public Speaker {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank");
    checkNotNull(type, "type");
    checkNotNull(mention, "mention");
  }
}
