package org.rampart.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rampart.notification.NoticeText.Arg;
import org.rampart.shared.Actor;
import org.rampart.shared.NotFoundException;
import org.rampart.supervision.Directive;
import org.rampart.supervision.DirectiveCirculated;
import org.rampart.supervision.DirectiveConfirmationOverdue;
import org.rampart.supervision.DirectiveImplementationReported;
import org.rampart.supervision.DirectiveManagement;
import org.rampart.supervision.DirectivePassedOn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tell the people of a directive what happened to it, in their language: the members of each receiving unit that a
 * directive reached them (circulated by the office or passed on from above) in their daily digest, and at once when
 * their unit has not confirmed it by its deadline; the sending side (the members of the sending unit and the duty
 * officers of the sending jurisdiction) in their digest that a unit reported on implementation. Whoever caused a fact
 * is not told of it. Consumed after commit through the event publication registry; the event key keeps each notice
 * to once per reader.
 */
@Component
class DirectiveNotices {

    static final String SUBJECT = "DIRECTIVE";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Dispatcher dispatcher;
    private final DirectiveManagement directives;

    DirectiveNotices(Dispatcher dispatcher, DirectiveManagement directives) {
        this.dispatcher = dispatcher;
        this.directives = directives;
    }

    @ApplicationModuleListener
    void on(DirectiveCirculated e) {
        directive(e.directiveId()).ifPresent(d -> dispatcher.gather(notice(d, "CIRCULATED",
                key("CIRCULATED", d.id(), e.at()), unitMembers(e.unitCodes()), Arg.literal(d.jurisdictionCode()),
                Arg.literal(time(e.confirmBy()))), Set.of(e.actor())));
    }

    @ApplicationModuleListener
    void on(DirectivePassedOn e) {
        directive(e.directiveId()).ifPresent(d -> dispatcher.gather(notice(d, "PASSED_ON",
                key("PASSED_ON", d.id(), e.fromUnitCode() + ":" + e.at()), unitMembers(e.unitCodes()),
                Arg.literal(e.fromUnitCode()), Arg.literal(time(e.confirmBy()))), Set.of(e.actor())));
    }

    @ApplicationModuleListener
    void on(DirectiveConfirmationOverdue e) {
        // urgent: the unit's members at once; the clock caused it, so nobody is left out
        directive(e.directiveId()).ifPresent(d -> dispatcher.deliver(notice(d, "CONFIRMATION_OVERDUE",
                key("OVERDUE", e.receiptId(), e.confirmBy()), unitMembers(List.of(e.unitCode())),
                Arg.literal(time(e.confirmBy()))), Set.of()));
    }

    @ApplicationModuleListener
    void on(DirectiveImplementationReported e) {
        directive(e.directiveId()).ifPresent(d -> dispatcher.gather(notice(d, "REPORTED",
                key("REPORTED", d.id(), e.unitCode()), sendingSide(d), Arg.literal(e.unitCode()),
                e.late() ? Arg.message("notification.directive.REPORTED.late") : Arg.literal("")),
                Set.of(e.actor())));
    }

    private String time(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(directives.zone()));
    }

    private Optional<Directive> directive(long id) {
        try {
            return Optional.of(directives.get(Actor.system(), id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String key(String fact, long id, Object discriminator) {
        String key = "DIR:" + fact + ":" + id + ":" + discriminator;
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static Notice notice(Directive d, String fact, String key, NoticeRecipients recipients, Arg... args) {
        String link = "/supervision/directives/" + d.id();
        NoticeContent content = new NoticeContent(
                NoticeText.of("notification.directive." + fact + ".title", Arg.literal(d.number()),
                        Arg.names(d.titleEn(), d.titleZh())),
                List.of(NoticeText.of("notification.directive." + fact + ".item", args)),
                List.of(new NoticeLink(d.number(), link)));
        return new Notice(key, SUBJECT, d.number(), link, d.jurisdictionCode(), d.jurisdictionPath(), recipients,
                EnumSet.of(Channel.IN_APP, Channel.EMAIL), content);
    }

    private static NoticeRecipients unitMembers(List<String> unitCodes) {
        return new NoticeRecipients(List.of(), unitCodes.stream().distinct().toList(), List.of());
    }

    /** The members of the sending unit (when the directive names one) and the duty officers of its jurisdiction. */
    static NoticeRecipients sendingSide(Directive d) {
        List<String> units = new ArrayList<>();
        if (d.sendingUnitCode() != null) {
            units.add(d.sendingUnitCode());
        }
        return new NoticeRecipients(List.of(), units, List.of(), List.of(d.jurisdictionPath()));
    }
}
