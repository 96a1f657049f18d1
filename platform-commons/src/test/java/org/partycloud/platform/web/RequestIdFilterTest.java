package org.partycloud.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    private String[] run(String sent) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
        if (sent != null) {
            request.addHeader(RequestIdFilter.HEADER, sent);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> logged = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> logged.set(MDC.get(RequestIdFilter.MDC_KEY)));
        return new String[] { logged.get(), response.getHeader(RequestIdFilter.HEADER) };
    }

    @Test
    void theGatewaysIdIsInEveryLogLineOfTheRequestAndAnsweredBack() throws Exception {
        String[] seen = run("a868b227-9536-4fd4-a100-4cfd02cf1e9f");
        assertThat(seen).containsExactly("a868b227-9536-4fd4-a100-4cfd02cf1e9f", "a868b227-9536-4fd4-a100-4cfd02cf1e9f");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).as("cleared after the request").isNull();
    }

    @Test
    void aMissingOrForgedIdIsReplacedByANewOne() throws Exception {
        String[] missing = run(null);
        assertThat(missing[0]).isNotBlank().isEqualTo(missing[1]);
        String[] forged = run("x\n2026-11-23 ERROR fake log line");
        assertThat(forged[0]).doesNotContain("\n").hasSize(36).isEqualTo(forged[1]);
        assertThat(run("")[0]).hasSize(36);
    }
}
