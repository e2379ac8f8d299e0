package org.rampart.warning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.rampart.shared.BadInputException.Problem;

/** Shared set-up of the warning module's tests: the English text of a problem code, as the pages and the API show it. */
public final class WarningFixtures {

    private static final Properties ENGLISH = load();

    private WarningFixtures() {
    }

    /** The English text of a problem, resolved from the bundles as {@code ProblemTexts} does. */
    public static String english(Problem p) {
        String text = ENGLISH.getProperty("problem." + p.code());
        if (text == null) {
            return p.code();
        }
        return p.args().isEmpty() ? text : new MessageFormat(text, Locale.ENGLISH).format(p.args().toArray());
    }

    private static Properties load() {
        Properties all = new Properties();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path dir : dirs.toList()) {
                Path file = dir.resolve("messages.properties");
                if (Files.exists(file)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
