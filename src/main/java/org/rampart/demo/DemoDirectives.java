package org.rampart.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionManagement.UnitRef;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.supervision.Directive;
import org.rampart.supervision.DirectiveDraft;
import org.rampart.supervision.DirectiveManagement;
import org.rampart.supervision.DirectiveReceipt;
import org.rampart.supervision.DirectiveRecipients;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A directive of the province's committee office circulated to the offices of all cities five days ago, replayed at
 * its historic times: most cities confirmed (one late), some passed it on to their counties, one found it does not
 * apply below, a few reported how they will implement it and downloaded the circular; the rest are past their
 * deadline, so the timers remind them and then make them supervision tasks.
 */
@Component
class DemoDirectives {

    static final String NUMBER = "DP-OFFICE-2026-12";

    private final ObjectProvider<DirectiveManagement> provider;
    private final JurisdictionManagement jurisdictions;
    private DirectiveManagement directives;

    // looked up when loading: module tests that bootstrap the demo without the supervision module load the rest
    DemoDirectives(ObjectProvider<DirectiveManagement> provider, JurisdictionManagement jurisdictions) {
        this.provider = provider;
        this.jurisdictions = jurisdictions;
    }

    /** Load the demo directive below {@code root}; returns the number of receipts (0 without the supervision module). */
    int load(Actor system, String root, Instant now) {
        directives = provider.getIfAvailable();
        if (directives == null) {
            return 0;
        }
        Instant circulated = now.minus(Duration.ofDays(5));
        var province = jurisdictions.ref(root).orElseThrow();
        Actor office = member(province.id(), province.path(), root + "-OFFICE", "coordinator.province", Role.COORDINATOR);
        DirectiveManagement at = at(system, circulated);
        LocalDate confirmBy = LocalDate.ofInstant(now.minus(Duration.ofDays(2)), ZoneOffset.UTC);
        Directive d = at.create(office, new DirectiveDraft(NUMBER, "Flood-season hazard inspection and rectification",
                "关于开展汛期安全隐患排查整治工作的通知",
                """
                To the committee offices of every city:
                1. Inspect every reservoir, dyke and flood gate, the tailings dams and the construction sites on slopes
                   before the main flood season; list each hazard with the unit responsible and a rectification deadline.
                2. Pass this notice on to the counties and make sure each county office confirms it.
                3. Report by the due date how your city will carry it out: the inspection plan, the units and the dates.

                各市平安办：请于主汛期前完成水库、堤防、闸门、尾矿库和边坡施工工地的隐患排查，逐项明确责任单位和整改时限；\
                将本通知转发至各县（区）并确保签收；按时报告落实方案。""",
                root, confirmBy.toString(), true, LocalDate.ofInstant(now.plus(Duration.ofDays(10)), ZoneOffset.UTC)
                        .toString()));
        at.attach(office, d.id(), "DP-OFFICE-2026-12 汛期隐患排查通知.txt", "text/plain",
                circular().getBytes(StandardCharsets.UTF_8));
        at.circulate(office, d.id(), new DirectiveRecipients("ALL_BELOW", List.of("office"), null, null));
        List<DirectiveReceipt> receipts = directives.receipts(system, d.id());
        int n = 0;
        for (DirectiveReceipt r : receipts) {
            n++;
            if (n % 3 == 0) {
                continue; // a third of the cities have not confirmed
            }
            Actor member = member(r.jurisdictionId(), r.jurisdictionPath(), r.unitCode(),
                    "officer." + r.jurisdictionCode().toLowerCase(), Role.OFFICER);
            Instant confirmed = n == 20 ? now.minus(Duration.ofDays(1)) : circulated.plus(Duration.ofHours(3L * n));
            at(system, confirmed).confirm(member, d.id(), r.id());
            if (n % 2 == 1) {
                at(system, confirmed.plus(Duration.ofMinutes(20))).download(member, d.id(),
                        directives.documents(system, d.id()).get(0).id());
            }
            Instant later = confirmed.plus(Duration.ofHours(20));
            if (n == 1 || n == 2 || n == 4) {
                at(system, later).passOn(member, d.id(), r.id(),
                        new DirectiveRecipients("ALL_BELOW", List.of("office"), null, null));
            } else if (n == 7) {
                at(system, later).passOn(member, d.id(), r.id(), new DirectiveRecipients("NONE", null, null,
                        "The city's reservoirs are all managed by the city water bureau; the counties have none."));
            }
            if (n == 1 || n == 2 || n == 5 || n == 8) {
                at(system, later.plus(Duration.ofHours(2))).report(member, d.id(), r.id(),
                        "Inspection teams of the water, natural-resources and emergency bureaus check every reservoir "
                                + "and slope site within three weeks; each hazard is listed with its responsible unit "
                                + "and deadline and followed up weekly. 由水利、自然资源、应急部门组成检查组，三周内完成排查。");
            }
        }
        // the counties of the cities that passed it on: about half of them have confirmed
        int k = 0;
        for (DirectiveReceipt r : directives.receipts(system, d.id())) {
            if (r.depth() == 2 && k++ % 2 == 0) {
                Actor member = member(r.jurisdictionId(), r.jurisdictionPath(), r.unitCode(),
                        "officer." + r.jurisdictionCode().toLowerCase(), Role.OFFICER);
                at(system, r.receivedAt().plus(Duration.ofHours(5L + k))).confirm(member, d.id(), r.id());
            }
        }
        return directives.receipts(system, d.id()).size();
    }

    private DirectiveManagement at(Actor system, Instant t) {
        return directives.replaying(system, Clock.fixed(t, ZoneOffset.UTC));
    }

    private Actor member(long jurisdictionId, String path, String unitCode, String name, Role role) {
        long unit = jurisdictions.unitRef(unitCode).map(UnitRef::id).orElseThrow();
        return new Actor(0, name, Set.of(role), jurisdictionId, path, unit, false);
    }

    private static String circular() {
        return """
                Demo Province Security and Resilience Committee Office
                DP-OFFICE-2026-12
                Notice on the flood-season hazard inspection and rectification

                Every city inspects its reservoirs, dykes, flood gates, tailings dams and slope construction sites before
                the main flood season, lists each hazard with the responsible unit and a deadline, passes this notice on
                to its counties and reports how it will carry it out.

                演示省平安建设委员会办公室
                关于开展汛期安全隐患排查整治工作的通知
                各市平安办：请于主汛期前完成隐患排查，逐项明确责任单位和整改时限，转发至各县（区）并按时报告落实方案。
                """;
    }
}
