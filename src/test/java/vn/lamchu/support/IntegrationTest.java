package vn.lamchu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test on the real application with its embedded PostgreSQL and the demo data. Every test class
 * with this annotation shares one Spring context, hence one database: tests must not depend on an empty database,
 * and should create what they need with unique names. MockMvc is available for page and API tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lamchu.demo-data=true", "spring.main.banner-mode=off"})
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, TestDataDirectory.class})
@ActiveProfiles("test")
public @interface IntegrationTest {
}
