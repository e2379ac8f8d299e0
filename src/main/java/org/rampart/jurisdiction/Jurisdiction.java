package org.rampart.jurisdiction;

/**
 * A jurisdiction as users see it.
 *
 * @param parentCode null for a root
 * @param path the materialised path of ids, such as {@code /1/7/42/}: a subtree is every path with this prefix
 */
public record Jurisdiction(long id, String code, String parentCode, int level, String nameEn, String nameZh,
        Long population, boolean hasBoundary, String path, boolean active, int childCount) {

    /** The name in the requested language: Chinese for zh, English otherwise. */
    public String name(java.util.Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
