package io.github.quotekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One article as read, or why it could not be read.
 *
 * @param id the article's id: a JSON Lines record's {@code id}, else the file's name or path
 * @param location where it was read, for messages: {@code file}, or {@code file:line} in JSON Lines
 * @param text the text to extract from, or null when it could not be read
 * @param fields a JSON Lines record's fields to pass through, in their order, or null
 * @param error why the article could not be read, or null
 */
record Input(String id, String location, String text, ObjectNode fields, String error) {
  static Input of(String id, String location, String text) {
    return new Input(id, location, text, null, null);
  }

  static Input failed(String id, String location, ObjectNode fields, String error) {
    return new Input(id, location, null, fields, error);
  }
}
