package org.rampart.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem code that the code can raise has an English and a Chinese text. Codes are read from the sources: the
 * code argument of every {@code Problem.at}, {@code Problem.atLine}, {@code Problem.atItem} and
 * {@code BadInputException.of} call, which must be a string literal so that this test sees it.
 */
class ProblemCodeTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern CALL = Pattern.compile("\\b(Problem\\.at|Problem\\.atLine|Problem\\.atItem|BadInputException\\.of)\\(");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

    record Raised(Path file, int line, String code) {
    }

    @Test
    void everyRaisedCodeIsALiteralWithBothTexts() throws IOException {
        List<Raised> raised = new ArrayList<>();
        List<String> notLiteral = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(file);
                Matcher m = CALL.matcher(src);
                while (m.find()) {
                    if (file.endsWith("BadInputException.java")) {
                        continue;
                    }
                    int codeArg = m.group(1).endsWith("atLine") || m.group(1).endsWith("atItem") ? 2 : 1;
                    List<String> args = arguments(src, m.end());
                    int line = (int) src.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    String arg = args.size() > codeArg ? args.get(codeArg).trim() : "";
                    if (arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"")
                            && CODE.matcher(arg.substring(1, arg.length() - 1)).matches()) {
                        raised.add(new Raised(file, line, arg.substring(1, arg.length() - 1)));
                    } else {
                        notLiteral.add(file + ":" + line + " " + arg);
                    }
                }
            }
        }
        assertThat(notLiteral).as("problem codes that are not string literals (lower-case, dots and hyphens)").isEmpty();
        assertThat(raised).as("problem codes raised").isNotEmpty();
        Properties en = bundles("messages.properties");
        Properties zh = bundles("messages_zh_CN.properties");
        TreeSet<String> missing = new TreeSet<>();
        for (Raised r : raised) {
            if (en.getProperty("problem." + r.code()) == null) {
                missing.add("English problem." + r.code() + " (" + r.file().getFileName() + ":" + r.line() + ")");
            }
            if (zh.getProperty("problem." + r.code()) == null) {
                missing.add("Chinese problem." + r.code() + " (" + r.file().getFileName() + ":" + r.line() + ")");
            }
        }
        assertThat(missing).as("problem codes without a text").isEmpty();
    }

    /** The top-level arguments of a call whose argument list starts at {@code from}, as source text. */
    static List<String> arguments(String src, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < src.length() && src.charAt(end) != '"') {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(src, i, Math.min(end + 1, src.length()));
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(current.toString());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return args;
    }

    private static Properties bundles(String name) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> dirs = Files.list(I18N)) {
            for (Path dir : dirs.toList()) {
                Path file = dir.resolve(name);
                if (Files.exists(file)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        Properties p = new Properties();
                        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                        all.putAll(p);
                    }
                }
            }
        }
        return all;
    }
}
