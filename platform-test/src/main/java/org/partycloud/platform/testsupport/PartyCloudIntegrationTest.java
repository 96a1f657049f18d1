package org.partycloud.platform.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The whole service against a real PostgreSQL ({@link TestPostgres}), called through MockMvc. Tokens come from
 * spring-security-test, so the issuer is a dummy that is never called, and no tenant feed is followed: tests
 * write the tenant directory themselves ({@link TestTenants}). Test classes with the same attributes share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {
        "partycloud.feed.tenant-source=",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:1/realms/x"})
@AutoConfigureMockMvc
@ContextCustomizerFactories(TestDatabaseCustomizerFactory.class)
public @interface PartyCloudIntegrationTest {

    /**
     * The test database on the shared server, created on first use. Empty means
     * {@code <partycloud.service.name>_it}, so that each service keeps its own even when they share a server.
     */
    String database() default "";

    /**
     * {@code RANDOM_PORT} where a test needs the real servlet container (multipart limits, connection
     * handling), which MockMvc does not run; MockMvc is still there.
     */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
