package org.rampart.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Split an incident final report's rectification text into items, one a line: blank lines are dropped, and a list
 * marker that starts a line ({@code 1.}, {@code 2)}, {@code 3、}, {@code （一）}, {@code 一、}, {@code -}, {@code •}) is
 * taken off. Plain Java.
 */
final class RectificationItems {

    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:[-*•·▪●]+|\\d{1,3}\\s*[.)、．）]|[（(]\\s*(?:\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*[)）]|[一二三四五六七八九十]{1,3}\\s*[、.．])\\s*");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private RectificationItems() {
    }

    static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String line : text.split("\\R")) {
            String item = MARKER.matcher(line).replaceFirst("").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** True when the item is written in Chinese (it holds a Han character): it becomes the task's Chinese title. */
    static boolean chinese(String item) {
        return CJK.matcher(item).find();
    }

    /** The item as a task title: at most {@code max} characters, cut at a character and marked with an ellipsis. */
    static String title(String item, int max) {
        if (item.length() <= max) {
            return item;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(item.charAt(end - 1))) {
            end--;
        }
        return item.substring(0, end) + "…";
    }

    /** The source reference of the task made from item {@code index} of incident {@code incidentId}. */
    static String sourceRef(long incidentId, int index) {
        return "INC-" + incidentId + "/" + (index + 1);
    }

    /** The item (0-based) a task's source reference names for the incident, or -1. */
    static int itemOf(long incidentId, String sourceRef) {
        String prefix = "INC-" + incidentId + "/";
        if (sourceRef == null || !sourceRef.startsWith(prefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(sourceRef.substring(prefix.length())) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
