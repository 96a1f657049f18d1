package org.partycloud.dues.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateBracketApiIT extends ServiceIntegrationTest {

    private static final String A = "ratea";
    private static final String PATH = "/api/dues/rate-brackets";

    @BeforeAll
    void activeTenant() throws Exception {
        tenants().freshActive(A);
    }

    @Test
    void anyMemberReadsTheNationalDefaultTableInReadingOrder() throws Exception {
        mvc.perform(get(PATH).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(9)))
                .andExpect(jsonPath("$.items[*].code", contains("employed-up-to-3000", "employed-3000-to-5000",
                        "employed-5000-to-10000", "employed-over-10000", "retired-up-to-5000", "retired-over-5000",
                        "student", "unemployed", "relief")))
                .andExpect(jsonPath("$.items[0].category").value("employed"))
                .andExpect(jsonPath("$.items[0].lowerBound").doesNotExist())
                .andExpect(jsonPath("$.items[0].upperBound").value(3000.00))
                .andExpect(jsonPath("$.items[1].ratePercent").value(1.00))
                .andExpect(jsonPath("$.items[6].fixedAmount").value(0.20))
                .andExpect(jsonPath("$.items[6].ratePercent").doesNotExist());
    }

    @Test
    void tenantAdminChangesARateAndTheTableShowsIt() throws Exception {
        UUID id = idOf("employed-5000-to-10000");

        change(id, "{\"ratePercent\": 1.25}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ratePercent").value(1.25))
                .andExpect(jsonPath("$.version").value(1));

        assertThat(bracket("employed-5000-to-10000").get("ratePercent").decimalValue()).isEqualByComparingTo("1.25");
    }

    @Test
    void tenantAdminChangesAFixedAmount() throws Exception {
        change(idOf("unemployed"), "{\"fixedAmount\": 0.5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fixedAmount").value(0.50));
    }

    @Test
    void provisioningAgainKeepsTheTenantsOwnRates() throws Exception {
        change(idOf("retired-over-5000"), "{\"ratePercent\": 0.9}").andExpect(status().isOk());

        tenants().provision(A);

        assertThat(bracket("retired-over-5000").get("ratePercent").decimalValue()).isEqualByComparingTo("0.9");
    }

    @Test
    void refusesRatesOutsideTheRangeOrWithMoreThanTwoDecimals() throws Exception {
        UUID id = idOf("employed-up-to-3000");

        change(id, "{\"ratePercent\": 100.01}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:validation"))
                .andExpect(jsonPath("$.errors.ratePercent").exists());
        change(id, "{\"ratePercent\": 0.555}").andExpect(jsonPath("$.errors.ratePercent").exists());
        change(idOf("student"), "{\"fixedAmount\": -1}").andExpect(jsonPath("$.errors.fixedAmount").exists());
        assertThat(bracket("employed-up-to-3000").get("ratePercent").decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void refusesAnAmountForAPercentageBracket() throws Exception {
        change(idOf("employed-over-10000"), "{\"fixedAmount\": 5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.fixedAmount").exists());
    }

    @Test
    void answersProblemForMalformedJson() throws Exception {
        change(idOf("relief"), "{\"fixedAmount\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:malformed-body"));
    }

    @Test
    void memberCannotChangeTheTable() throws Exception {
        mvc.perform(put(PATH + "/{id}", idOf("student")).with(TestCallers.member(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fixedAmount\": 0}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-role-missing"));
        assertThat(bracket("student").get("fixedAmount").decimalValue()).isEqualByComparingTo("0.20");
    }

    @Test
    void answersNotFoundProblemForUnknownBracket() throws Exception {
        change(UUID.randomUUID(), "{\"ratePercent\": 1}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:rate-bracket-not-found"));
    }

    private ResultActions change(UUID id, String body) throws Exception {
        return mvc.perform(put(PATH + "/{id}", id).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private UUID idOf(String code) throws Exception {
        return UUID.fromString(bracket(code).get("id").asString());
    }

    private JsonNode bracket(String code) throws Exception {
        String body = mvc.perform(get(PATH).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (JsonNode item : json.readTree(body).get("items")) {
            if (code.equals(item.get("code").asString())) {
                return item;
            }
        }
        throw new AssertionError("No bracket " + code + " in " + body);
    }
}
