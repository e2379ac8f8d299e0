package org.rampart.support;

/** The demo data that tests rely on. */
public final class Demo {

    public static final String PASSWORD = "rampart-demo";
    public static final String PROVINCE = "DP";
    public static final String CITY = "DP-01";
    public static final String SIBLING_CITY = "DP-02";
    public static final String COUNTY = "DP-01-01";
    public static final String SIBLING_COUNTY = "DP-02-01";

    private Demo() {
    }

    /** The demo username for a role at "province", "city" or "county". */
    public static String user(String role, String place) {
        return role + "." + place;
    }
}
