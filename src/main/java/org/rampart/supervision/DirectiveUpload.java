package org.rampart.supervision;

/** A file to attach to a directive: its name and media type as sent (either may be null) and its bytes. */
public record DirectiveUpload(String fileName, String contentType, byte[] content) {
}
