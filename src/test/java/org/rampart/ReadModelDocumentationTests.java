package org.rampart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md rule 21, "say what you read": a class whose SQL names another module's table says so in its Javadoc
 * ("Read model", naming the table) and is listed, with the table, in its module's {@code package-info.java}; and what
 * a {@code package-info.java} lists as a read model exists. A table belongs to the module its creating migration is
 * named after ({@code V<n>__<module>_<what>.sql}). SQL is read from the string literals of the classes that use
 * JDBC: the table after {@code from}, {@code join}, {@code into}, {@code update} or {@code copy}.
 */
class ReadModelDocumentationTests {

    private static final Path SOURCES = Path.of("src/main/java/org/rampart");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update|copy)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern NAMED_CLASS = Pattern.compile("\\{@code ([A-Z][A-Za-z0-9]*)(?:\\.[a-zA-Z0-9]+)?}");

    /** Migrations named after a part of a module rather than the module. */
    private static final Map<String, String> MIGRATION_MODULE = Map.of("cap", "warning");

    /** Tables kept by another module than the one whose migration created them. */
    private static final Map<String, String> TABLE_OWNER = Map.of(
            // created with the risk tables in V50, kept by the taxonomy module (V90)
            "risk_domain", "taxonomy");

    @Test
    void everyReadOfAnotherModulesTableIsNamedInTheClassAndItsPackageInfo() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).as("tables created by the migrations").containsKeys("jurisdiction", "app_user", "risk");
        List<String> undocumented = new ArrayList<>();
        int readers = 0;
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            if (!source.contains("JdbcClient") && !source.contains("DataSource")) {
                continue;
            }
            String module = module(file);
            Set<String> foreign = new TreeSet<>();
            for (String literal : stringLiterals(source)) {
                Matcher m = TABLE.matcher(literal);
                while (m.find()) {
                    String table = m.group(1).toLowerCase(Locale.ROOT);
                    String owner = owners.get(table);
                    if (owner != null && !owner.equals(module)) {
                        foreign.add(table);
                    }
                }
            }
            if (foreign.isEmpty()) {
                continue;
            }
            readers++;
            String name = file.getFileName().toString().replace(".java", "");
            String packageInfo = Files.readString(SOURCES.resolve(module).resolve("package-info.java"));
            List<String> missing = new ArrayList<>();
            if (!source.toLowerCase(Locale.ROOT).contains("read model")) {
                missing.add("the class's Javadoc does not say 'Read model'");
            }
            if (!packageInfo.contains("{@code " + name)) {
                missing.add(module + "/package-info.java does not name " + name);
            }
            for (String table : foreign) {
                if (!source.contains("{@code " + table + "}")) {
                    missing.add("the class's Javadoc does not name {@code " + table + "} (" + owners.get(table) + ")");
                }
                if (!packageInfo.contains("{@code " + table + "}")) {
                    missing.add(module + "/package-info.java does not name {@code " + table + "} (" + owners.get(table) + ")");
                }
            }
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            if (!missing.isEmpty()) {
                undocumented.add(relative + " reads " + foreign + ": " + String.join("; ", missing));
            }
        }
        assertThat(readers).as("classes reading another module's tables (the situation's at least)").isPositive();
        assertThat(undocumented).as("reads of other modules' tables that do not say so").isEmpty();
    }

    @Test
    void everyClassThatAPackageInfoListsAsAReadModelExists() throws IOException {
        Map<String, List<String>> missing = new TreeMap<>();
        int named = 0;
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path info = module.resolve("package-info.java");
                if (!Files.exists(info)) {
                    continue;
                }
                String text = Files.readString(info);
                if (!text.toLowerCase(Locale.ROOT).contains("read model")) {
                    continue;
                }
                Set<String> classes = new TreeSet<>();
                try (Stream<Path> files = Files.walk(module)) {
                    files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".java"))
                            .forEach(f -> classes.add(f.replace(".java", "")));
                }
                Matcher m = NAMED_CLASS.matcher(text);
                while (m.find()) {
                    named++;
                    if (!classes.contains(m.group(1))) {
                        missing.computeIfAbsent(module.getFileName().toString(), k -> new ArrayList<>()).add(m.group(1));
                    }
                }
            }
        }
        assertThat(named).as("classes named by package-info read model notes").isPositive();
        assertThat(missing).as("classes a package-info names that its module does not have").isEmpty();
    }

    private static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        List<String> unknownModules = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                String module = MIGRATION_MODULE.getOrDefault(name.group(1), name.group(1));
                Matcher create = CREATE.matcher(Files.readString(file));
                while (create.find()) {
                    if (!Files.isDirectory(SOURCES.resolve(module))) {
                        unknownModules.add(file.getFileName() + " creates " + create.group(1));
                    }
                    String table = create.group(1).toLowerCase(Locale.ROOT);
                    owners.put(table, TABLE_OWNER.getOrDefault(table, module));
                }
            }
        }
        assertThat(unknownModules).as("migrations creating tables whose name names no module").isEmpty();
        return owners;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String module(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    /** The contents of the string literals and text blocks of a Java source, comments left out. */
    static List<String> stringLiterals(String src) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? src.length() : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                while (end > 0 && src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? src.length() : end;
                literals.add(src.substring(i + 3, end));
                i = Math.min(src.length(), end + 3);
            } else if (c == '"' || c == '\'') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c && src.charAt(j) != '\n') {
                    if (src.charAt(j) == '\\' && j + 1 < src.length()) {
                        j++;
                    }
                    literal.append(src.charAt(j));
                    j++;
                }
                if (c == '"') {
                    literals.add(literal.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
