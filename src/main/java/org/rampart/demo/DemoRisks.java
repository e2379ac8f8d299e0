package org.rampart.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.Unit;
import org.rampart.risk.RiskLevel;
import org.rampart.risk.RiskMatrix;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * A plausible demo risk register: risks in every domain at the province, every city and every county, each with an
 * assessment history over the past two years (slow drift, some recent changes), treatment actions, an owner unit
 * and links to the demo indicators. Deterministic for a seed (dates are relative to the time of loading). Written
 * as one system bulk load, like the demo jurisdictions: one audit entry for the whole register.
 */
@Component
class DemoRisks {

    /**
     * domain, English title, Chinese title, where ("P" province, "C" cities, "K" counties), owner unit kind,
     * likelihood, impact, bottom line at the province ("B" or ""), linked indicator ("" for none), two treatments.
     */
    static final String[][] CATALOGUE = {
        {"POLITICAL", "Major public-opinion incident triggered by a local policy", "地方政策引发重大舆情事件", "PC", "OFFICE", "3", "4", "", "",
            "Public-opinion assessment before major policy decisions", "Spokesperson and response drills"},
        {"POLITICAL", "Leak of classified government documents", "涉密文件泄露", "PCK", "OFFICE", "2", "4", "", "",
            "Inspection of classified-document handling", "Training of confidentiality officers"},
        {"ECONOMIC", "Decline of output in key manufacturing clusters", "重点制造业集群产值下滑", "PCK", "DRC", "3", "3", "", "",
            "Monthly monitoring of the 50 largest enterprises", "Support package for order-short firms"},
        {"FINANCIAL_DEBT", "Local government debt refinancing pressure", "地方政府债务再融资压力", "PCK", "FIN", "4", "4", "B", "",
            "Debt maturity schedule reviewed quarterly", "Replacement bond quota application"},
        {"FINANCIAL_DEBT", "Illegal fundraising through rural cooperatives", "农村合作社非法集资", "CK", "FIN", "3", "3", "", "",
            "Screening of cooperatives with high-yield products", "Public awareness campaign in townships"},
        {"FINANCIAL_DEBT", "Liquidity stress at small rural banks", "农村中小银行流动性风险", "PC", "FIN", "2", "4", "", "",
            "Weekly liquidity reporting", "Contingency funding arrangement"},
        {"FOOD", "Grain reserve shortfall", "地方粮食储备不足", "PCK", "AGR", "2", "5", "B", "GRAIN_RESERVE_DAYS",
            "Replenish reserves to the six-month standard", "Audit of reserve depots"},
        {"FOOD", "Drought damage to the summer grain harvest", "干旱影响夏粮收成", "CK", "AGR", "3", "3", "", "",
            "Irrigation water allocation plan", "Drought-resistant seed distribution"},
        {"ENERGY", "Power supply gap in the summer peak", "夏季用电高峰电力缺口", "PC", "ENE", "3", "4", "", "",
            "Orderly power-use plan for industry", "Inter-provincial power purchase agreement"},
        {"ENERGY", "Winter heating gas supply shortfall", "冬季供暖天然气供应不足", "CK", "ENE", "3", "3", "", "",
            "Gas storage filled before November", "Priority list for residential heating"},
        {"RESOURCES", "Groundwater over-extraction", "地下水超采", "PCK", "WR", "4", "2", "", "",
            "Well closure programme", "Metering of agricultural wells"},
        {"RESOURCES", "Illegal occupation of farmland", "违法占用耕地", "CK", "NR", "3", "2", "", "",
            "Satellite change detection every quarter", "Rectification of identified plots"},
        {"SOCIAL_STABILITY", "Collective protests over land requisition compensation", "征地补偿引发群体性事件", "PCK", "OFFICE", "2", "4", "", "",
            "Social stability risk assessment for each project", "Compensation disbursement audit"},
        {"PUBLIC_ORDER", "Telecom and online fraud", "电信网络诈骗", "PCK", "PS", "4", "2", "", "",
            "Anti-fraud warnings through operators", "Joint bank and police stop-payment desk"},
        {"PUBLIC_ORDER", "Crowd crush at large public events", "大型活动人群踩踏", "CK", "PS", "2", "4", "", "",
            "Capacity limits and crowd-flow plans", "Event safety permits checked on site"},
        {"DISPUTES", "Wage arrears disputes in construction", "建筑领域拖欠农民工工资纠纷", "PCK", "JUS", "4", "3", "", "DISPUTE_CASES",
            "Wage guarantee deposits for every project", "Mediation desks at large sites before Spring Festival"},
        {"DISPUTES", "Property delivery delays and buyer disputes", "商品房延期交付引发业主纠纷", "CK", "JUS", "3", "3", "", "DISPUTE_CASES",
            "Escrow supervision of pre-sale funds", "Joint meetings with developers and buyers"},
        {"RULE_OF_LAW", "Backlog of administrative reconsideration cases", "行政复议案件积压", "PC", "JUS", "3", "2", "", "",
            "Case clearance plan", "Additional reconsideration staff"},
        {"RULE_OF_LAW", "Irregular law enforcement in market supervision", "市场监管执法不规范", "CK", "JUS", "2", "3", "", "",
            "Review of enforcement files", "Body-camera use in inspections"},
        {"PRODUCTION_SAFETY", "Hazardous-chemicals storage", "危险化学品储存安全", "PCK", "EM", "3", "5", "B", "PRODUCTION_ACCIDENTS",
            "Inventory of major hazard installations", "Relocation of storage out of residential areas"},
        {"PRODUCTION_SAFETY", "Coal-mine gas explosion", "煤矿瓦斯爆炸", "PCK", "EM", "2", "5", "B", "PRODUCTION_ACCIDENTS",
            "Gas drainage and monitoring upgrade", "Unannounced safety inspections"},
        {"PRODUCTION_SAFETY", "Collapse on construction sites", "建筑施工坍塌", "CK", "EM", "3", "4", "", "PRODUCTION_ACCIDENTS",
            "Inspection of deep excavations and formwork", "Certification of site safety officers"},
        {"PRODUCTION_SAFETY", "Gas pipeline explosion in old residential areas", "老旧小区燃气管道爆炸", "CK", "EM", "2", "4", "", "",
            "Replacement of ageing pipelines", "Household gas alarm installation"},
        {"DISASTER", "Reservoir dam safety in the flood season", "汛期水库大坝安全", "PCK", "WR", "2", "5", "B", "RAIN_1H",
            "Reinforcement of dangerous reservoirs", "Flood-season duty and evacuation drills"},
        {"DISASTER", "Urban waterlogging in rainstorms", "暴雨城市内涝", "CK", "EM", "4", "3", "", "RAIN_1H",
            "Drainage network dredging before the flood season", "Underpass closure plan"},
        {"DISASTER", "Forest fire in the dry season", "旱季森林火灾", "CK", "EM", "3", "4", "", "",
            "Fire patrols and firebreaks", "Ban on open fires in the dry season"},
        {"DISASTER", "Landslides and debris flows", "山体滑坡和泥石流", "CK", "NR", "2", "4", "", "RAIN_1H",
            "Monitoring of known hazard points", "Relocation of exposed households"},
        {"TECHNOLOGY", "Dependence on imported industrial control chips", "工业控制芯片进口依赖", "PC", "DRC", "3", "3", "", "",
            "Supplier diversification plan", "Support for domestic alternatives"},
        {"TECHNOLOGY", "Safety of autonomous-vehicle road tests", "自动驾驶道路测试安全", "CK", "DRC", "2", "3", "", "",
            "Test-zone safety rules", "Incident reporting by test operators"},
        {"NETWORK_DATA", "Ransomware on government systems", "政务系统勒索软件攻击", "PCK", "CAC", "3", "5", "B", "",
            "Offline backups of key government systems", "Patch management and phishing drills"},
        {"NETWORK_DATA", "Leak of personal data from public service platforms", "公共服务平台个人信息泄露", "PCK", "CAC", "3", "4", "", "",
            "Data classification and access review", "Security assessment of outsourced platforms"},
    };

    private static final String[] REASONS = {"Periodic review", "Re-assessed after new information",
        "Re-assessed after inspection findings", "Re-assessed after controls were strengthened"};

    private final JurisdictionManagement jurisdictions;
    private final DemoRepository repository;
    private final AuditManagement audit;

    DemoRisks(JurisdictionManagement jurisdictions, DemoRepository repository, AuditManagement audit) {
        this.jurisdictions = jurisdictions;
        this.repository = repository;
        this.audit = audit;
    }

    /** A risk to load, with its assessments and treatments, ready for COPY. */
    record RiskRow(String code, String titleEn, String titleZh, String domain, Jurisdiction place, Unit owner,
            boolean bottomLine, int likelihood, int impact, RiskLevel level, int residualLikelihood,
            int residualImpact, RiskLevel residualLevel, RiskLevel target, String status, int reviewDays,
            LocalDate nextReview, Instant createdAt, Instant updatedAt, Instant closedAt, String indicator,
            List<Assessment> assessments, List<Treatment> treatments) {
    }

    record Assessment(Instant at, String reason, int likelihood, int impact, RiskLevel level, int residualLikelihood,
            int residualImpact, RiskLevel residualLevel) {
    }

    record Treatment(String title, Unit owner, LocalDate due, String status, Instant createdAt, Instant completedAt) {
    }

    /** Load the register for the demo province; returns the number of risks, of assessments and the milliseconds taken. */
    int[] load(Actor system, String root, long seed, Instant now) {
        long started = System.nanoTime();
        List<Jurisdiction> places = new ArrayList<>();
        places.add(jurisdictions.get(system, root));
        List<Jurisdiction> cities = jurisdictions.children(system, root, new PageQuery(0, PageQuery.MAX_SIZE)).items();
        places.addAll(cities);
        for (Jurisdiction city : cities) {
            places.addAll(jurisdictions.children(system, city.code(), new PageQuery(0, PageQuery.MAX_SIZE)).items());
        }
        Map<String, Map<String, Unit>> units = new HashMap<>();
        for (Jurisdiction p : places) {
            Map<String, Unit> byKind = new HashMap<>();
            for (Unit u : jurisdictions.units(system, p.code())) {
                byKind.put(u.code().substring(p.code().length() + 1), u);
            }
            units.put(p.code(), byKind);
        }
        List<RiskRow> risks = generate(places, units, seed, now);
        int assessments = repository.insertRisks(risks);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", "demo");
        summary.put("risks", risks.size());
        summary.put("assessments", assessments);
        audit.record("import", "risk", null, null, null, summary);
        return new int[] {risks.size(), assessments, (int) ((System.nanoTime() - started) / 1_000_000)};
    }

    /** Generate the register (plain Java: deterministic for the seed and the instant). */
    static List<RiskRow> generate(List<Jurisdiction> places, Map<String, Map<String, Unit>> units, long seed,
            Instant now) {
        Random random = new Random(seed);
        RiskMatrix matrix = RiskMatrix.defaults();
        ZoneId zone = ZoneId.systemDefault();
        List<RiskRow> out = new ArrayList<>();
        int cityIndex = 0;
        int countyIndex = 0;
        for (Jurisdiction place : places) {
            String where = place.level() == 1 ? "P" : place.level() == 2 ? "C" : "K";
            List<String[]> fitting = new ArrayList<>();
            for (String[] t : CATALOGUE) {
                if (t[3].contains(where)) {
                    fitting.add(t);
                }
            }
            List<String[]> chosen = new ArrayList<>();
            if (place.level() == 1) {
                chosen.addAll(fitting);
            } else {
                // a rotating window over the catalogue, so that every domain appears at every level
                int offset = place.level() == 2 ? cityIndex++ * 5 : countyIndex++ * 3;
                int count = place.level() == 2 ? 7 : 5;
                for (int k = 0; k < count; k++) {
                    chosen.add(fitting.get((offset + k) % fitting.size()));
                }
            }
            int n = 0;
            for (String[] t : chosen) {
                n++;
                out.add(risk(t, place, units.getOrDefault(place.code(), Map.of()), n, random, matrix, zone, now));
            }
        }
        return out;
    }

    private static RiskRow risk(String[] t, Jurisdiction place, Map<String, Unit> units, int n, Random random,
            RiskMatrix matrix, ZoneId zone, Instant now) {
        String code = "R-" + place.code() + "-" + String.format("%02d", n);
        int baseL = clamp(Integer.parseInt(t[5]) + (random.nextInt(3) - 1));
        int baseI = clamp(Integer.parseInt(t[6]) + (random.nextDouble() < 0.25 ? random.nextInt(3) - 1 : 0));
        double roll = random.nextDouble();
        boolean fresh = roll < 0.04;
        boolean closed = !fresh && roll < 0.07;
        boolean recentChange = !fresh && !closed && random.nextDouble() < 0.10;
        Instant created = fresh ? now.minus(Duration.ofHours(6 + random.nextInt(24 * 6)))
                : now.minus(Duration.ofDays(90 + random.nextInt(640))).minus(Duration.ofMinutes(random.nextInt(1440)));
        List<Assessment> assessments = new ArrayList<>();
        int l = baseL;
        int i = baseI;
        Instant at = created;
        assessments.add(assessment(at, "Initial assessment", l, i, random, matrix));
        Instant horizon = now.minus(Duration.ofDays(8));
        while (true) {
            at = at.plus(Duration.ofDays(45 + random.nextInt(90))).plus(Duration.ofMinutes(random.nextInt(600)));
            if (!at.isBefore(horizon)) {
                break;
            }
            // slow drift, pulled back towards the typical values
            if (random.nextDouble() < 0.4) {
                if (random.nextBoolean()) {
                    l = clamp(l + step(l, baseL, random));
                } else {
                    i = clamp(i + step(i, baseI, random));
                }
            }
            assessments.add(assessment(at, REASONS[random.nextInt(REASONS.length)], l, i, random, matrix));
        }
        if (recentChange) {
            RiskLevel before = matrix.level(l, i);
            int tries = 0;
            while (matrix.level(l, i) == before && tries++ < 6) {
                if (random.nextBoolean()) {
                    l = clamp(l + (random.nextBoolean() ? 1 : -1));
                } else {
                    i = clamp(i + (random.nextBoolean() ? 1 : -1));
                }
            }
            assessments.add(assessment(now.minus(Duration.ofHours(2 + random.nextInt(24 * 5))),
                    "Re-assessed after new information", l, i, random, matrix));
        }
        Assessment last = assessments.get(assessments.size() - 1);
        RiskLevel level = last.level();
        int reviewDays = switch (level) {
            case EXTREME -> 30;
            case HIGH -> 60;
            case MEDIUM -> 90;
            case LOW -> 180;
        };
        LocalDate lastDay = LocalDate.ofInstant(last.at(), zone);
        // most reviews are on time; some slipped
        LocalDate nextReview = random.nextDouble() < 0.8 && lastDay.plusDays(reviewDays).isBefore(LocalDate.ofInstant(now, zone))
                ? LocalDate.ofInstant(now, zone).plusDays(5 + random.nextInt(reviewDays)) : lastDay.plusDays(reviewDays);
        Instant closedAt = closed ? now.minus(Duration.ofHours(3 + random.nextInt(24 * 20))) : null;
        if (closedAt != null && closedAt.isBefore(last.at())) {
            closedAt = last.at().plus(Duration.ofHours(1));
        }
        String status = closed ? "CLOSED" : fresh ? "IDENTIFIED"
                : new String[] {"ASSESSED", "TREATING", "TREATING", "MONITORED"}[random.nextInt(4)];
        Unit owner = units.get(t[4]);
        List<Treatment> treatments = new ArrayList<>();
        int actions = fresh ? 0 : 1 + random.nextInt(2);
        for (int k = 0; k < actions; k++) {
            LocalDate due = LocalDate.ofInstant(created, zone).plusDays(30 + random.nextInt(400));
            boolean past = due.isBefore(LocalDate.ofInstant(now, zone));
            String state = past ? (random.nextDouble() < 0.8 ? "DONE" : "IN_PROGRESS")
                    : (random.nextBoolean() ? "IN_PROGRESS" : "PLANNED");
            Instant completed = "DONE".equals(state) ? due.minusDays(random.nextInt(20)).atStartOfDay(zone).toInstant() : null;
            if (completed != null && completed.isBefore(created)) {
                completed = created;
            }
            Unit actionOwner = k == 0 ? owner : units.getOrDefault("OFFICE", owner);
            treatments.add(new Treatment(t[9 + k], actionOwner, due, state, created, completed));
        }
        Instant updated = closedAt != null ? closedAt : last.at();
        boolean bottomLine = "B".equals(t[7]) && place.level() <= 2;
        return new RiskRow(code, t[1], t[2], t[0], place, owner, bottomLine, l, i, level, last.residualLikelihood(),
                last.residualImpact(), last.residualLevel(), level.ordinal() >= RiskLevel.HIGH.ordinal() ? RiskLevel.MEDIUM
                        : RiskLevel.LOW, status, reviewDays, nextReview, created, updated, closedAt,
                t[8].isEmpty() ? null : t[8], assessments, treatments);
    }

    private static Assessment assessment(Instant at, String reason, int l, int i, Random random, RiskMatrix matrix) {
        int rl = Math.max(1, l - random.nextInt(3));
        int ri = Math.max(1, i - random.nextInt(2));
        return new Assessment(at, reason, l, i, matrix.level(l, i), rl, ri, matrix.level(rl, ri));
    }

    private static int step(int value, int base, Random random) {
        if (value > base) {
            return random.nextDouble() < 0.7 ? -1 : 1;
        }
        if (value < base) {
            return random.nextDouble() < 0.7 ? 1 : -1;
        }
        return random.nextBoolean() ? 1 : -1;
    }

    private static int clamp(int v) {
        return Math.max(1, Math.min(5, v));
    }
}
