package org.rampart.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.rampart.jurisdiction.ImportRow;
import org.rampart.jurisdiction.UnitDraft;

/**
 * Generate Demo Province: 1 province, 21 cities, about 120 counties, about 1,600 townships and about 26,000
 * communities. Boundaries down to townships are nested Voronoi cells clipped to their parent, so they never overlap.
 * Deterministic for a given seed. Plain Java, no Spring or SQL.
 */
final class DemoProvince {

    static final String ROOT = "DP";
    static final int CITIES = 21;
    static final int COUNTIES = 120;
    static final int TOWNSHIPS = 1_600;
    static final int COMMUNITIES = 26_000;
    static final long POPULATION = 62_000_000L;

    /** The kinds of committee member unit at each level down to county: code suffix, English, Chinese. */
    static final String[][] UNIT_KINDS = {
        {"OFFICE", "office", "Security and Resilience Committee Office", "平安建设委员会办公室"},
        {"EM", "emergency", "Emergency Management Bureau", "应急管理局"},
        {"PS", "public-security", "Public Security Bureau", "公安局"},
        {"FIN", "finance", "Finance Bureau", "财政局"},
        {"DRC", "development", "Development and Reform Commission", "发展和改革委员会"},
        {"AGR", "agriculture", "Agriculture and Food Reserves Bureau", "农业农村和粮食储备局"},
        {"ENE", "energy", "Energy Bureau", "能源局"},
        {"NR", "natural-resources", "Natural Resources Bureau", "自然资源局"},
        {"WR", "water", "Water Resources Bureau", "水利局"},
        {"JUS", "justice", "Justice and Mediation Bureau", "司法局"},
        {"CAC", "cyberspace", "Cyberspace Affairs Office", "网信办"},
    };

    private static final GeometryFactory GEO = new GeometryFactory();
    private static final PrecisionModel PRECISION = new PrecisionModel(1e5);

    record Result(List<ImportRow> rows, List<UnitDraft> units) {
    }

    private final Random random;
    private final DemoNames names;
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<UnitDraft> units = new ArrayList<>();
    private int line;

    DemoProvince(long seed) {
        this.random = new Random(seed);
        this.names = new DemoNames(random);
    }

    Result generate() {
        Polygon province = provinceOutline();
        add(ROOT, null, "Demo Province", "演示省", POPULATION, province);
        addUnits(ROOT);
        List<Geometry> cityShapes = partition(province, CITIES);
        long[] cityPops = split(POPULATION, CITIES);
        int[] countiesPerCity = spread(COUNTIES, cityShapes);
        names.reset();
        List<Object[]> counties = new ArrayList<>();
        for (int c = 0; c < CITIES; c++) {
            String[] n = names.next();
            String code = ROOT + "-" + two(c + 1);
            add(code, ROOT, n[0] + " City", n[1] + "市", cityPops[c], cityShapes.get(c));
            addUnits(code);
            List<Geometry> countyShapes = partition(cityShapes.get(c), countiesPerCity[c]);
            long[] countyPops = split(cityPops[c], countyShapes.size());
            for (int k = 0; k < countyShapes.size(); k++) {
                counties.add(new Object[] {code + "-" + two(k + 1), countyShapes.get(k), countyPops[k], code});
            }
        }
        names.reset();
        int[] townshipsPerCounty = spread(TOWNSHIPS, counties.stream().map(o -> (Geometry) o[1]).toList());
        List<Object[]> townships = new ArrayList<>();
        for (int k = 0; k < counties.size(); k++) {
            Object[] county = counties.get(k);
            String code = (String) county[0];
            String[] n = names.next();
            boolean district = code.endsWith("-01") || code.endsWith("-02");
            add(code, (String) county[3], n[0] + (district ? " District" : " County"), n[1] + (district ? "区" : "县"),
                    (Long) county[2], (Geometry) county[1]);
            addUnits(code);
            List<Geometry> shapes = partition((Geometry) county[1], townshipsPerCounty[k]);
            long[] pops = split((Long) county[2], shapes.size());
            for (int t = 0; t < shapes.size(); t++) {
                townships.add(new Object[] {code + "-" + two(t + 1), shapes.get(t), pops[t], code, district});
            }
        }
        names.reset();
        int[] communitiesPerTownship = evenly(COMMUNITIES, townships.size());
        for (int t = 0; t < townships.size(); t++) {
            Object[] town = townships.get(t);
            String code = (String) town[0];
            boolean urban = (Boolean) town[4];
            String[] n = names.next();
            add(code, (String) town[3], n[0] + (urban ? " Street" : " Town"), n[1] + (urban ? "街道" : "镇"),
                    (Long) town[2], (Geometry) town[1]);
            long[] pops = split((Long) town[2], communitiesPerTownship[t]);
            for (int v = 0; v < communitiesPerTownship[t]; v++) {
                String[] cn = names.next();
                boolean community = urban || random.nextInt(4) == 0;
                add(code + "-" + three(v + 1), code, cn[0] + (community ? " Community" : " Village"),
                        cn[1] + (community ? "社区" : "村"), pops[v], null);
            }
            if (t % 40 == 39) {
                names.reset();
            }
        }
        return new Result(rows, units);
    }

    private void add(String code, String parent, String en, String zh, long population, Geometry boundary) {
        rows.add(new ImportRow(++line, code, parent, null, en, zh, population, boundary == null ? null : geoJson(boundary)));
    }

    private void addUnits(String jurisdictionCode) {
        for (String[] kind : UNIT_KINDS) {
            units.add(new UnitDraft(jurisdictionCode + "-" + kind[0], jurisdictionCode, kind[1], kind[2], kind[3]));
        }
    }

    /** An irregular outline around (113.5 E, 28.0 N), about 8 degrees across. */
    private Polygon provinceOutline() {
        int n = 96;
        Coordinate[] ring = new Coordinate[n + 1];
        double p1 = random.nextDouble() * Math.PI;
        double p2 = random.nextDouble() * Math.PI;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 3.6 * (1 + 0.12 * Math.sin(3 * a + p1) + 0.07 * Math.cos(5 * a + p2) + 0.03 * Math.sin(11 * a)
                    + 0.015 * (random.nextDouble() - 0.5));
            ring[i] = new Coordinate(113.5 + r * Math.cos(a) * 1.15, 28.0 + r * Math.sin(a));
        }
        ring[n] = ring[0];
        return (Polygon) GeometryPrecisionReducer.reduce(GEO.createPolygon(ring), PRECISION);
    }

    /** Split a region into n non-overlapping parts: Voronoi cells of relaxed random seeds, clipped to the region. */
    private List<Geometry> partition(Geometry region, int n) {
        if (n <= 1) {
            return List.of(region);
        }
        List<Coordinate> seeds = new ArrayList<>();
        Envelope env = region.getEnvelopeInternal();
        int guard = 0;
        while (seeds.size() < n && guard++ < n * 500) {
            Coordinate c = new Coordinate(env.getMinX() + random.nextDouble() * env.getWidth(),
                    env.getMinY() + random.nextDouble() * env.getHeight());
            if (region.contains(GEO.createPoint(c))) {
                seeds.add(c);
            }
        }
        List<Geometry> cells = cells(region, seeds);
        for (int iteration = 0; iteration < 2; iteration++) {
            List<Coordinate> moved = new ArrayList<>();
            for (Geometry cell : cells) {
                Point centroid = cell.getInteriorPoint();
                moved.add(cell.getCentroid().within(region) ? cell.getCentroid().getCoordinate() : centroid.getCoordinate());
            }
            cells = cells(region, moved);
        }
        return cells;
    }

    private List<Geometry> cells(Geometry region, List<Coordinate> seeds) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(seeds);
        Envelope clip = new Envelope(region.getEnvelopeInternal());
        clip.expandBy(1.0);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(GEO);
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i).intersection(region);
            Geometry reduced = GeometryPrecisionReducer.reduce(polygonal(cell), PRECISION);
            if (!reduced.isEmpty() && (reduced instanceof Polygon || reduced instanceof MultiPolygon)) {
                out.add(reduced);
            }
        }
        return out;
    }

    private static Geometry polygonal(Geometry g) {
        if (g instanceof Polygon || g instanceof MultiPolygon) {
            return g;
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                polygons.add(p);
            }
        }
        return polygons.size() == 1 ? polygons.get(0) : GEO.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /** Distribute total over the shapes in proportion to their areas, at least 2 each. */
    private static int[] spread(int total, List<Geometry> shapes) {
        double area = shapes.stream().mapToDouble(Geometry::getArea).sum();
        int[] out = new int[shapes.size()];
        int assigned = 0;
        for (int i = 0; i < shapes.size(); i++) {
            out[i] = Math.max(2, (int) Math.floor(total * shapes.get(i).getArea() / area));
            assigned += out[i];
        }
        for (int i = 0; assigned < total; i = (i + 1) % out.length) {
            out[i]++;
            assigned++;
        }
        return out;
    }

    private int[] evenly(int total, int parts) {
        int[] out = new int[parts];
        int assigned = 0;
        for (int i = 0; i < parts; i++) {
            out[i] = Math.max(4, total / parts - 6 + random.nextInt(13));
            assigned += out[i];
        }
        for (int i = 0; assigned < total; i = (i + 1) % parts) {
            out[i]++;
            assigned++;
        }
        for (int i = 0; assigned > total; i = (i + 1) % parts) {
            if (out[i] > 4) {
                out[i]--;
                assigned--;
            }
        }
        return out;
    }

    /** Split a population into n random shares that add up to it. */
    private long[] split(long total, int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + random.nextDouble();
            sum += w[i];
        }
        long[] out = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            out[i] = (long) Math.floor(total * w[i] / sum);
            assigned += out[i];
        }
        out[0] += total - assigned;
        return out;
    }

    private static String geoJson(Geometry g) {
        StringBuilder sb = new StringBuilder();
        if (g instanceof Polygon p) {
            sb.append("{\"type\":\"Polygon\",\"coordinates\":");
            rings(p, sb);
        } else {
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                rings((Polygon) g.getGeometryN(i), sb);
            }
            sb.append(']');
        }
        return sb.append('}').toString();
    }

    private static void rings(Polygon p, StringBuilder sb) {
        sb.append('[');
        ring(p.getExteriorRing().getCoordinates(), sb);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            ring(p.getInteriorRingN(i).getCoordinates(), sb);
        }
        sb.append(']');
    }

    private static void ring(Coordinate[] cs, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('[').append(cs[i].x).append(',').append(cs[i].y).append(']');
        }
        sb.append(']');
    }

    private static String two(int i) {
        return i < 10 ? "0" + i : String.valueOf(i);
    }

    private static String three(int i) {
        return String.format("%03d", i);
    }
}
