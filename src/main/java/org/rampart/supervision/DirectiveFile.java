package org.rampart.supervision;

/** A document of a directive with its bytes, as downloaded. */
public record DirectiveFile(DirectiveDocument document, byte[] content) {
}
