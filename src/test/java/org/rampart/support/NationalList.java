package org.rampart.support;

/**
 * A deterministic list of divisions shaped like a statistics office's: a country root, provinces, cities, counties and
 * townships with 12-digit codes (province {@code pp0000000000}, city {@code ppcc00000000}, county
 * {@code ppccdd000000}, township {@code ppccddttt000}), Chinese names only, as the CSV that {@code import
 * jurisdictions} reads. {@code tag} (100-999) takes the place of the first three digits so that each test run has
 * codes of its own.
 */
public final class NationalList {

    private static final String DIGITS = "零一二三四五六七八九";

    private NationalList() {
    }

    /** The code of the root. */
    public static String root(int tag) {
        return tag + "000000000";
    }

    /** A number written in Chinese digits (一二三 for 123). */
    public static String zh(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** The name of township {@code t} of county {@code d} of city {@code c} of province {@code p}. */
    public static String township(int tag, int p, int c, int d, int t) {
        return "测" + zh(tag) + "省" + zh(p) + "市" + zh(c) + "县" + zh(d) + "镇" + zh(t);
    }

    /**
     * The CSV: {@code provinces} provinces, each with {@code cities} cities of {@code counties} counties of
     * {@code townships} townships.
     */
    public static String csv(int tag, int provinces, int cities, int counties, int townships) {
        StringBuilder sb = new StringBuilder("code,parent_code,level,name_en,name_zh,population\n");
        String root = root(tag);
        sb.append(root).append(",,,,").append("测试国").append(zh(tag)).append(",\n");
        for (int p = 1; p <= provinces; p++) {
            String pc = String.format("%03d%02d0000000", tag, p);
            sb.append(pc).append(',').append(root).append(",,,测").append(zh(tag)).append("省").append(zh(p)).append(",\n");
            for (int c = 1; c <= cities; c++) {
                String cc = String.format("%03d%02d%02d00000", tag, p, c);
                sb.append(cc).append(',').append(pc).append(",,,测").append(zh(tag)).append("省").append(zh(p)).append("市")
                        .append(zh(c)).append(",\n");
                for (int d = 1; d <= counties; d++) {
                    String dc = String.format("%03d%02d%02d%02d000", tag, p, c, d);
                    sb.append(dc).append(',').append(cc).append(",,,测").append(zh(tag)).append("省").append(zh(p))
                            .append("市").append(zh(c)).append("县").append(zh(d)).append(",\n");
                    for (int t = 1; t <= townships; t++) {
                        sb.append(String.format("%03d%02d%02d%02d%03d", tag, p, c, d, t)).append(',').append(dc)
                                .append(",,,").append(township(tag, p, c, d, t)).append(",\n");
                    }
                }
            }
        }
        return sb.toString();
    }
}
