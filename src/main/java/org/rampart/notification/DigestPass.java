package org.rampart.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rampart.notification.NoticeText.Arg;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily digest: every reader with notices waiting gets them as one notice (inbox and e-mail) per day, from the
 * hour of {@link DigestSettings#at()}, instead of one message per task. Each reader's digest is made in its own
 * transaction that first claims the reader's row for the day, so two nodes running the pass at once never send a
 * digest twice, and a notice is in exactly one digest.
 */
@Component
@EnableConfigurationProperties(DigestSettings.class)
class DigestPass {

    static final String SUBJECT = "DIGEST";

    private final DigestRepository digests;
    private final Dispatcher dispatcher;
    private final DigestSettings settings;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ZoneId zone;

    DigestPass(DigestRepository digests, Dispatcher dispatcher, DigestSettings settings, TransactionTemplate transactions,
            JsonMapper json, @Value("${rampart.time-zone:}") String zone) {
        this.digests = digests;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.transactions = transactions;
        // stored JSON of ours: a record that gained or lost a member since must still read
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    ZoneId zone() {
        return zone;
    }

    /** Send the day's digest of {@code now} to every reader who has notices waiting and no digest yet that day. */
    int send(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        if (local.toLocalTime().isBefore(settings.at())) {
            return 0;
        }
        LocalDate day = local.toLocalDate();
        int sent = 0;
        List<DigestRepository.Reader> readers;
        do {
            readers = digests.waiting(day, now, settings.batchSize());
            for (DigestRepository.Reader reader : readers) {
                if (Boolean.TRUE.equals(transactions.execute(status -> {
                    boolean made = digest(reader, day, now);
                    if (!made) {
                        status.setRollbackOnly();
                    }
                    return made;
                }))) {
                    sent++;
                }
            }
        } while (readers.size() == settings.batchSize());
        return sent;
    }

    private boolean digest(DigestRepository.Reader reader, LocalDate day, Instant now) {
        var claimed = digests.claim(reader.userId(), day);
        if (claimed.isEmpty()) {
            return false;
        }
        List<DigestRepository.Item> items = digests.take(claimed.get(), reader.userId(), now);
        if (items.isEmpty()) {
            return false;
        }
        List<NoticeText> lines = new ArrayList<>();
        Set<NoticeLink> links = new LinkedHashSet<>();
        List<String> paths = new ArrayList<>();
        for (DigestRepository.Item item : items) {
            NoticeContent content = json.readValue(item.payload(), NoticeContent.class);
            lines.add(content.title());
            lines.addAll(content.lines());
            links.addAll(content.links().isEmpty() && item.link() != null
                    ? List.of(new NoticeLink(item.subjectRef() == null ? item.link() : item.subjectRef(), item.link()))
                    : content.links());
            paths.add(item.jurisdictionPath());
        }
        NoticeText title = NoticeText.of("notification.digest.title", Arg.literal(items.size()), Arg.literal(day));
        String path = RiskReviewNotices.commonPath(paths);
        Notice digest = new Notice(SUBJECT + ":" + reader.userId() + ":" + day, SUBJECT, day.toString(), "/inbox",
                null, path, new NoticeRecipients(List.of(reader.username()), List.of(), List.of()),
                EnumSet.of(Channel.IN_APP, Channel.EMAIL), new NoticeContent(title, lines, List.copyOf(links)));
        dispatcher.deliver(digest);
        return true;
    }
}
