package org.rampart.situation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.risk.RiskLevel;
import org.rampart.shared.CurrentActor;
import org.rampart.situation.HeatMap;
import org.rampart.situation.RiskLine;
import org.rampart.situation.RollUp;
import org.rampart.situation.Situation;
import org.rampart.situation.SituationManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The situation picture as JSON: the situation of a subtree, the heat map with its cells, and the roll-up. */
@RestController
class SituationApiController {

    private final SituationManagement situation;

    SituationApiController(SituationManagement situation) {
        this.situation = situation;
    }

    /**
     * The situation of a jurisdiction's subtree (default: the caller's scope) since a date (default: a week ago), of
     * every domain or of one domain and its sub-domains.
     */
    @GetMapping("/api/v1/situation")
    Situation situation(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String domain,
            @RequestParam(required = false) String since) {
        return situation.situation(CurrentActor.get(), jurisdiction, domain,
                SituationManagement.date("since", since, null));
    }

    /** The likelihood x impact grid with the number of open risks in each cell. */
    @GetMapping("/api/v1/risks/heatmap")
    HeatMap heatMap(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "false") boolean residual) {
        return situation.heatMap(CurrentActor.get(), jurisdiction, domain, residual);
    }

    /** The open risks of one cell of the heat map. */
    @GetMapping("/api/v1/risks/heatmap/cell")
    List<RiskLine> cell(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "false") boolean residual, @RequestParam int likelihood, @RequestParam int impact) {
        return situation.cell(CurrentActor.get(), jurisdiction, domain, residual, likelihood, impact);
    }

    /** The domain x child-jurisdiction matrix of a jurisdiction. */
    @GetMapping("/api/v1/risks/rollup")
    RollUp rollUp(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String domain) {
        return situation.rollUp(CurrentActor.get(), jurisdiction, domain);
    }

    /**
     * The colour of the highest open risk level below each child of a jurisdiction, {"DP-01": "ORANGE", ...}, the
     * shape the level maps of the pages draw.
     */
    @GetMapping("/api/v1/risks/rollup/map")
    Map<String, String> rollUpMap(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String domain) {
        Map<String, String> out = new LinkedHashMap<>();
        situation.rollUp(CurrentActor.get(), jurisdiction, domain).highestByChild()
                .forEach((code, level) -> out.put(code, RiskLevel.valueOf(level).colour().toUpperCase()));
        return out;
    }
}
