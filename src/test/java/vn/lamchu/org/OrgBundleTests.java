package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class OrgBundleTests {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = OrgBundleTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theVietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/org_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("i18n/org_vi.properties").keySet());
    }

    @Test
    void everyValueOfTheVocabularyHasALabelInBothLanguages() {
        ResourceBundleMessageSource messages = OrgFixtures.messages();
        Stream<String> keys = Stream.of(
                Stream.of(UnitKind.values()).map(v -> "unit.kind." + v),
                Stream.of(JurisdictionLevel.values()).map(v -> "jurisdiction.level." + v),
                Stream.of(Post.values()).map(v -> "post." + v),
                Stream.of(ReorganisationKind.values()).map(v -> "reorg.kind." + v),
                Stream.of(ReorganisationKind.values()).map(v -> "reorg.kindHelp." + v),
                Stream.of(OrgImports.Status.values()).map(v -> "import.status." + v),
                Stream.of(Person.Gender.values()).map(v -> "person.gender." + v)).flatMap(s -> s);
        keys.forEach(key -> {
            assertThat(messages.getMessage(key, null, null, Locale.forLanguageTag("vi"))).as(key).isNotBlank();
            assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotBlank();
        });
    }

    @Test
    void everyPostReadsFromItsVietnameseLabel() {
        Vocabulary vocabulary = new Vocabulary(OrgFixtures.messages());
        for (Post post : Post.values()) {
            assertThat(vocabulary.parse(Post.class, post.vietnameseLabel())).contains(post);
        }
        assertThat(vocabulary.parse(Post.class, "bi thu")).contains(Post.SECRETARY);
        assertThat(vocabulary.parse(JurisdictionLevel.class, "Đặc khu")).contains(JurisdictionLevel.SPECIAL_ZONE);
    }
}
