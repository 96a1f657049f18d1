package org.partycloud.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.partycloud.platform.feed.ChangeFeed;
import org.partycloud.platform.feed.FeedFollower;
import org.partycloud.platform.feed.FeedProperties;
import org.partycloud.platform.internal.InternalApiClient;
import org.partycloud.platform.migration.TenantMigrationAutoConfiguration.CommonsSchema;
import org.partycloud.platform.tenancy.JdbcTenantDirectory;
import org.partycloud.platform.tenancy.TenantDirectory;
import org.partycloud.platform.web.ProblemDetailsAdvice;
import org.partycloud.platform.web.ProblemErrorController;
import org.partycloud.platform.web.RequestIdFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details, the platform clock, the change feed, the tenant directory and the internal API client for
 * every service.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
        "org.partycloud.platform.migration.TenantMigrationAutoConfiguration"})
@EnableConfigurationProperties(FeedProperties.class)
@Import({ProblemDetailsAdvice.class, ProblemErrorController.class, org.partycloud.platform.feed.FeedEndpointImport.class})
public class PlatformAutoConfiguration {

    /** One clock in the platform's zone, so "today" is the party organisations' calendar day, not the server's. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock(@Value("${partycloud.zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    ChangeFeed changeFeed(JdbcTemplate jdbc, JsonMapper json, ObjectProvider<CommonsSchema> commonsSchema) {
        return new ChangeFeed(jdbc, json);
    }

    @Bean
    @ConditionalOnMissingBean(TenantDirectory.class)
    @ConditionalOnBean(JdbcTemplate.class)
    JdbcTenantDirectory jdbcTenantDirectory(JdbcTemplate jdbc) {
        return new JdbcTenantDirectory(jdbc);
    }

    /** The request id in every log line of the request, first of all filters (before security and tenancy). */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @ConditionalOnBean(ClientRegistrationRepository.class)
    InternalApiClient internalApiClient(ClientRegistrationRepository registrations) {
        return new InternalApiClient(registrations, Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    /** Keeps the tenant directory replica in step with tenant-service, where this service is not it. */
    @Bean
    @ConditionalOnExpression("'${partycloud.feed.tenant-source:}' != ''")
    @ConditionalOnBean({JdbcTenantDirectory.class, InternalApiClient.class})
    FeedFollower tenantFeedFollower(FeedProperties properties, InternalApiClient client, JdbcTemplate jdbc,
            TransactionTemplate tx, JdbcTenantDirectory directory) {
        return new FeedFollower("tenants", properties.tenantSource(), client.rest(), jdbc, tx, directory,
                properties.batchSize(), properties.pollInterval());
    }
}
