package org.rampart.notification;

/** A link of a notice: a label that needs no translation (such as a risk code) and a path inside the application. */
public record NoticeLink(String label, String href) {
}
