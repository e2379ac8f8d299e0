package org.rampart.jurisdiction;

/**
 * A jurisdiction as users see it.
 *
 * @param parentCode null for a root
 * @param path the materialised path of ids, such as {@code /1/7/42/}: a subtree is every path with this prefix
 */
public record Jurisdiction(long id, String code, String parentCode, int level, String nameEn, String nameZh,
        Long population, boolean hasBoundary, String path, boolean active, int childCount) {

    /** The name in the reader's language, else in the other one (a jurisdiction may be named in one language only). */
    public String name(java.util.Locale locale) {
        return org.rampart.shared.Names.text(nameEn, nameZh, locale);
    }

    /** The name as shown to the reader, with its language for the element's {@code lang} attribute. */
    public org.rampart.shared.Names.Shown shown(java.util.Locale locale) {
        return org.rampart.shared.Names.pick(nameEn, nameZh, locale);
    }
}
