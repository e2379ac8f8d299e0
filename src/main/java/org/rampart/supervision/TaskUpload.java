package org.rampart.supervision;

/** A file uploaded with a progress report or a submission: its name, declared type and bytes. */
public record TaskUpload(String fileName, String contentType, byte[] content) {

    public long size() {
        return content == null ? 0 : content.length;
    }
}
