import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Bench-only generator: a risk register of N risks (default 20,000) with M assessments each (default 10, so
 * 200,000 in all) spread over the demo province's jurisdictions down to townships, written straight into the
 * embedded PostgreSQL of a benchmark run (never a real database: it connects to 127.0.0.1 on the given port as the
 * embedded server's superuser). Deterministic: PostgreSQL's random() is seeded with setseed() first. Codes start with
 * "B-" so they never clash with the demo register ("R-").
 *
 * <p>Usage: {@code java -cp postgresql.jar bench/RiskRegister.java --pg-port PORT [--risks 20000] [--assessments 10]}
 *
 * <p>Prints {@code RESULT register.risks N}, {@code RESULT register.assessments M} and {@code RESULT register.load_ms T}.
 *
 * <p>With {@code --churn-per-s R --churn-s D} it adds nothing but re-assesses R randomly chosen bench risks per second
 * for D seconds instead (each a transaction: the risk's new likelihood, impact and level, and its assessment), as a
 * committee's users would while others read the situation picture; prints {@code RESULT churn.changes N}.
 */
public class RiskRegister {

    public static void main(String[] args) throws Exception {
        int pgPort = 0;
        int risks = 20_000;
        int perRisk = 10;
        double churnPerS = 0;
        int churnS = 0;
        for (int k = 0; k + 1 < args.length; k += 2) {
            switch (args[k]) {
                case "--pg-port" -> pgPort = Integer.parseInt(args[k + 1]);
                case "--risks" -> risks = Integer.parseInt(args[k + 1]);
                case "--assessments" -> perRisk = Integer.parseInt(args[k + 1]);
                case "--churn-per-s" -> churnPerS = Double.parseDouble(args[k + 1]);
                case "--churn-s" -> churnS = Integer.parseInt(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[k]);
            }
        }
        if (pgPort <= 0 || risks < 1 || risks > 1_000_000 || perRisk < 1 || perRisk > 100) {
            throw new IllegalArgumentException("usage: --pg-port PORT [--risks 1..1000000] [--assessments 1..100]");
        }
        String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
        if (churnS > 0) {
            churn(url, risks, churnPerS, churnS);
            return;
        }
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select setseed(0.20261127)");
            s.execute("""
                    create temporary table bench_place on commit drop as
                    select row_number() over (order by code) as n, id, code, path from jurisdiction
                    where level <= 4 and active""");
            s.execute("create temporary table bench_domain on commit drop as "
                    + "select row_number() over (order by code) as n, code from risk_domain where active");
            String level = "case when %1$s >= 17 then 'EXTREME' when %1$s >= 10 then 'HIGH' when %1$s >= 5 then 'MEDIUM' else 'LOW' end";
            int inserted = s.executeUpdate("""
                    insert into risk (code, title_en, title_zh, domain_code, jurisdiction_id, jurisdiction_code,
                        jurisdiction_path, bottom_line, likelihood, impact, score, level, residual_likelihood,
                        residual_impact, residual_score, residual_level, status, review_frequency_days, next_review_date,
                        created_at, created_by, updated_at, closed_at)
                    select 'B-' || g.n, 'Bench risk ' || g.n, '基准风险 ' || g.n, d.code, p.id, p.code, p.path,
                        g.bottom, g.l, g.i, g.l * g.i, %1$s, greatest(1, g.l - 1), g.i, greatest(1, g.l - 1) * g.i, %2$s,
                        case when g.closed then 'CLOSED' else 'TREATING' end, 90,
                        current_date - 30 + (g.n %% 120), g.created, 'bench', g.created,
                        case when g.closed then now() - (g.n %% 30) * interval '1 day' end
                    from (select n, 1 + floor(random() * 5)::int as l, 1 + floor(random() * 5)::int as i,
                                 1 + floor(random() * (select count(*) from bench_place))::int as place,
                                 1 + floor(random() * (select count(*) from bench_domain))::int as domain,
                                 random() < 0.02 as bottom, random() < 0.03 as closed,
                                 now() - interval '730 days' + random() * interval '60 days' as created
                          from generate_series(1, %3$d) as n) g
                    join bench_place p on p.n = g.place
                    join bench_domain d on d.n = g.domain
                    """.formatted(level.formatted("g.l * g.i"), level.formatted("greatest(1, g.l - 1) * g.i"), risks));
            // M assessments per risk, evenly from its creation to its latest assessment (spread over the last year, so
            // that about 2 % of the risks were re-assessed in any week); the last one holds the risk's current values
            int assessed = s.executeUpdate("""
                    insert into risk_assessment (risk_id, assessed_at, assessed_by, reason, likelihood, impact, score, level)
                    select r.id, r.created_at + k * (now() - interval '1 hour' - (r.id %% 365) * interval '1 day' - r.created_at) / %2$d,
                           'bench', 'Bench',
                           a.l, a.i, a.l * a.i, %1$s
                    from risk r
                    cross join generate_series(1, %2$d) as k
                    cross join lateral (select case when k = %2$d then r.likelihood else 1 + floor(random() * 5)::int + 0 * k end as l,
                                               case when k = %2$d then r.impact else 1 + floor(random() * 5)::int + 0 * k end as i) a
                    where r.code like 'B-%%'
                    """.formatted(level.formatted("a.l * a.i"), perRisk));
            c.commit();
            c.setAutoCommit(true);
            s.execute("vacuum analyze risk");
            s.execute("vacuum analyze risk_assessment");
            try (ResultSet rs = s.executeQuery("select count(*) from risk where code like 'B-%'")) {
                rs.next();
                System.out.printf(Locale.ROOT, "register: %d risks, %d assessments in %d ms%n", rs.getLong(1), assessed,
                        (System.nanoTime() - started) / 1_000_000);
            }
            System.out.printf(Locale.ROOT, "RESULT register.risks %d%n", inserted);
            System.out.printf(Locale.ROOT, "RESULT register.assessments %d%n", assessed);
            System.out.printf(Locale.ROOT, "RESULT register.load_ms %d%n", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Re-assess {@code perS} random bench risks per second for {@code seconds} (at most 100 per second). */
    private static void churn(String url, int risks, double perS, int seconds) throws Exception {
        if (perS <= 0 || perS > 100 || seconds > 3600) {
            throw new IllegalArgumentException("usage: --churn-per-s 0..100 --churn-s 1..3600");
        }
        java.util.Random random = new java.util.Random(20261127);
        long interval = (long) (1e9 / perS);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int changes = 0;
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                java.sql.PreparedStatement update = c.prepareStatement("""
                        with r as (
                          update risk set likelihood = ?, impact = ?, score = ? * ?, level = ?, updated_at = now()
                          where code = ? and status <> 'CLOSED' returning id, likelihood, impact, score, level)
                        insert into risk_assessment (risk_id, assessed_at, assessed_by, reason, likelihood, impact, score, level)
                        select id, now(), 'bench', 'Bench churn', likelihood, impact, score, level from r""")) {
            c.setAutoCommit(true);
            for (long next = start; next < end; next += interval) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int l = 1 + random.nextInt(5);
                int i = 1 + random.nextInt(5);
                int score = l * i;
                update.setInt(1, l);
                update.setInt(2, i);
                update.setInt(3, l);
                update.setInt(4, i);
                update.setString(5, score >= 17 ? "EXTREME" : score >= 10 ? "HIGH" : score >= 5 ? "MEDIUM" : "LOW");
                update.setString(6, "B-" + (1 + random.nextInt(risks)));
                changes += update.executeUpdate();
            }
        }
        System.out.printf(Locale.ROOT, "churn: %d re-assessments in %d s%n", changes, seconds);
        System.out.printf(Locale.ROOT, "RESULT churn.changes %d%n", changes);
    }
}
