package org.rampart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a person reads comes from the bundles, complete in English and Simplified Chinese. */
class MessageBundleTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesAndNoEmptyValues() throws IOException {
        try (Stream<Path> dirs = Files.list(I18N)) {
            for (Path dir : dirs.toList()) {
                Properties en = load(dir.resolve("messages.properties"));
                Properties zh = load(dir.resolve("messages_zh_CN.properties"));
                assertThat(zh.stringPropertyNames()).as("keys of %s", dir).isEqualTo(en.stringPropertyNames());
                en.forEach((k, v) -> assertThat(v.toString()).as("English %s", k).isNotBlank());
                zh.forEach((k, v) -> assertThat(v.toString()).as("Chinese %s", k).isNotBlank());
            }
        }
    }

    @Test
    void chineseTextsAreTranslated() throws IOException {
        try (Stream<Path> dirs = Files.list(I18N)) {
            for (Path dir : dirs.toList()) {
                Properties en = load(dir.resolve("messages.properties"));
                Properties zh = load(dir.resolve("messages_zh_CN.properties"));
                for (String key : en.stringPropertyNames()) {
                    String english = en.getProperty(key);
                    boolean translatable = english.chars().filter(Character::isLetter).count() > 3
                            && !Set.of("app.name", "nav.api").contains(key);
                    if (translatable) {
                        assertThat(zh.getProperty(key)).as("Chinese text of %s", key).isNotEqualTo(english);
                    }
                }
            }
        }
    }

    @Test
    void everyKeyThatATemplateUsesExists() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> dirs = Files.list(I18N)) {
            for (Path dir : dirs.toList()) {
                keys.addAll(load(dir.resolve("messages.properties")).stringPropertyNames());
            }
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
