package org.rampart.notification;

import java.util.List;

/** What a notice says, independent of language: a title, lines of body and links. Stored as the delivery payload. */
public record NoticeContent(NoticeText title, List<NoticeText> lines, List<NoticeLink> links) {

    public NoticeContent {
        lines = lines == null ? List.of() : List.copyOf(lines);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
