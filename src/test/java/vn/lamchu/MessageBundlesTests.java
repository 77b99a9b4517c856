package vn.lamchu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundle named in spring.messages.basename exists in Vietnamese and in English, with the same keys. */
class MessageBundlesTests {

    static List<String> basenames() throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher m = Pattern.compile("basename:\\s*(\\S+)").matcher(yaml);
        assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
        return List.of(m.group(1).split(","));
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void vietnameseAndEnglishHaveTheSameKeys(String basename) throws IOException {
        Set<String> vi = keys(basename + "_vi.properties");
        Set<String> en = keys(basename + "_en.properties");
        assertThat(vi).as(basename + "_vi").isNotEmpty();
        assertThat(en).as("keys of " + basename + "_en missing in _vi").isSubsetOf(vi);
        assertThat(vi).as("keys of " + basename + "_vi missing in _en").isSubsetOf(en);
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " exists").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
