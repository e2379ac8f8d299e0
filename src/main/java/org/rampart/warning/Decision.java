package org.rampart.warning;

/** What an evaluation did to the warning of a rule and jurisdiction. */
enum Decision {
    RAISED, UPGRADED, DOWNGRADED, RECOVERED, UNCHANGED;

    WarningChanged.Change change() {
        return switch (this) {
            case RAISED -> WarningChanged.Change.RAISED;
            case UPGRADED -> WarningChanged.Change.UPGRADED;
            case DOWNGRADED -> WarningChanged.Change.DOWNGRADED;
            case RECOVERED -> WarningChanged.Change.RECOVERED;
            case UNCHANGED -> null;
        };
    }
}
