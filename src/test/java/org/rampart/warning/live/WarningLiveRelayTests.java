package org.rampart.warning.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WarningLiveRelayTests {

    private static WarningLiveChange change(long id, String path) {
        return new WarningLiveChange(id, 1L, path, "X", "RED", "RAISED", null);
    }

    @Test
    void aSmallTransactionNamesEachChange() {
        List<WarningLiveChange> few = List.of(change(1, "/1/2/"), change(2, "/1/3/"));
        assertThat(WarningLiveRelay.condense(few)).isEqualTo(few);
    }

    @Test
    void aLargeTransactionIsAnnouncedPerSubtreeWithoutLosingAnyChangeOrScope() {
        Random random = new Random(7);
        List<WarningLiveChange> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int city = random.nextInt(21) + 2;
            int county = random.nextInt(120) + 100;
            int township = random.nextInt(1_600) + 1_000;
            many.add(change(i, "/1/" + city + "/" + county + "/" + township + "/"));
        }
        List<WarningLiveChange> out = WarningLiveRelay.condense(many);
        assertThat(out.size()).isLessThanOrEqualTo(WarningLiveRelay.MAX_NAMED);
        assertThat(out).allMatch(c -> c.change().equals(WarningLiveChange.MANY) && c.warningId() == null);
        assertThat(out.stream().mapToInt(WarningLiveChange::count).sum()).isEqualTo(many.size());
        // every change lies below one announced path, so every stream that covered it still hears about it
        assertThat(many).allMatch(c -> out.stream().anyMatch(o -> c.path().startsWith(o.path())));
        // and nothing is announced above the cities, where a city's users would not receive it
        assertThat(out).allMatch(o -> o.path().chars().filter(ch -> ch == '/').count() >= 3);
    }

    @Test
    void parentsClimbTheMaterialisedPath() {
        assertThat(WarningLiveRelay.parent("/1/7/42/")).isEqualTo("/1/7/");
        assertThat(WarningLiveRelay.parent("/1/7/")).isEqualTo("/1/");
        assertThat(WarningLiveRelay.parent("/1/")).isEqualTo("/1/");
    }
}
