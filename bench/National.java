import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Bench only: a national list of divisions shaped like a statistics office's (a country root, 31 provinces, 341
 * cities, 3,069 counties, about 41,000 townships; 12-digit codes such as 110000000000 / 110100000000 / 110101000000 /
 * 110101001000 with parent_code; Chinese names only), deterministic.
 *
 * <p>{@code java bench/National.java --write FILE} writes the CSV that {@code import jurisdictions} reads.
 * {@code java -cp postgresql.jar bench/National.java --copy FILE --pg-port PORT} is the baseline: the same rows,
 * with ids and paths computed here, COPYed into a table of the same layout as {@code jurisdiction}
 * ({@code create table ... (like jurisdiction including all)}) in the embedded PostgreSQL of the run (127.0.0.1
 * only), in one transaction; the table is dropped afterwards. Prints {@code RESULT national.rows N} and
 * {@code RESULT national.copy_ms T}.
 */
public class National {

    static final String DIGITS = "零一二三四五六七八九";
    static final String[] WORDS = {"东", "西", "南", "北", "中", "安", "宁", "平", "和", "兴", "城", "山", "河", "湖", "新", "华"};

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--write")) {
            System.out.println("RESULT national.rows " + write(Path.of(args[1])));
        } else if (args.length == 4 && args[0].equals("--copy") && args[2].equals("--pg-port")) {
            copy(Path.of(args[1]), Integer.parseInt(args[3]));
        } else {
            throw new IllegalArgumentException("usage: --write FILE | --copy FILE --pg-port PORT");
        }
    }

    /** A deterministic Chinese name: two words and the number in Chinese digits, then the level's suffix. */
    static String name(long code, String suffix) {
        StringBuilder sb = new StringBuilder();
        sb.append(WORDS[(int) (code % 16)]).append(WORDS[(int) (code / 16 % 16)]);
        for (char c : Long.toString(code).replaceAll("0+$", "").toCharArray()) {
            sb.append(DIGITS.charAt(c - '0'));
        }
        return sb.append(suffix).toString();
    }

    static int write(Path file) throws IOException {
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("code,parent_code,level,name_en,name_zh,population\n");
            String root = "100000000000";
            out.write(root + ",,1,,中华测试国,\n");
            rows++;
            for (int p = 11; p < 11 + 31; p++) {
                String pc = String.format("%02d0000000000", p);
                out.write(pc + "," + root + ",2,," + name(Long.parseLong(pc), "省") + ",\n");
                rows++;
                for (int c = 1; c <= 11; c++) {
                    String cc = String.format("%02d%02d00000000", p, c);
                    out.write(cc + "," + pc + ",3,," + name(Long.parseLong(cc), "市") + ",\n");
                    rows++;
                    for (int d = 1; d <= 9; d++) {
                        String dc = String.format("%02d%02d%02d000000", p, c, d);
                        out.write(dc + "," + cc + ",4,," + name(Long.parseLong(dc), "县") + ",\n");
                        rows++;
                        int townships = d % 2 == 0 ? 14 : 13;
                        for (int t = 1; t <= townships; t++) {
                            String tc = String.format("%02d%02d%02d%03d000", p, c, d, t);
                            out.write(tc + "," + dc + ",5,," + name(Long.parseLong(tc), "镇") + ",\n");
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    static void copy(Path file, int pgPort) throws Exception {
        StringBuilder data = new StringBuilder();
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        long id = 0;
        int rows = 0;
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            id++;
            String parent = f[1];
            String path = (parent.isEmpty() ? "/" : paths.get(parent)) + id + "/";
            ids.put(f[0], id);
            paths.put(f[0], path);
            data.append(id).append('\t').append(f[0]).append('\t').append(parent.isEmpty() ? "\\N" : ids.get(parent))
                    .append('\t').append(f[2]).append("\t\\N\t").append(f[4]).append('\t').append(path).append('\n');
            rows++;
        }
        String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_jurisdiction");
            s.execute("create table bench_jurisdiction (like jurisdiction including all)");
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            var copier = new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class));
            copier.copyIn("copy bench_jurisdiction (id, code, parent_id, level, name_en, name_zh, path) from stdin",
                    new StringReader(data.toString()));
            c.commit();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            c.setAutoCommit(true);
            s.execute("drop table bench_jurisdiction");
            System.out.println("RESULT national.copy_rows " + rows);
            System.out.println("RESULT national.copy_ms " + ms);
        }
    }
}
