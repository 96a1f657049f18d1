package org.partycloud.learning.course;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseApiIT extends ServiceIntegrationTest {

    private static final String A = "coursea";
    private static final String PATH = "/api/learning/courses";

    @BeforeAll
    void activeTenant() throws Exception {
        tenants().freshActive(A);
    }

    @Test
    void addsCourseAndAnswersItsLocationAndBody() throws Exception {
        String location = create(CourseTestData.requiredVideo())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(PATH + "/")))
                .andExpect(jsonPath("$.title").value("学习贯彻党的二十大精神 📚"))
                .andExpect(jsonPath("$.kind").value("video"))
                .andExpect(jsonPath("$.required").value(true))
                .andExpect(jsonPath("$.studyHours").value(2.5))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("专题辅导报告，共三讲。"))
                .andExpect(jsonPath("$.kind").value("video"));
    }

    @Test
    void searchesTitlesAndPagesNewestFirst() throws Exception {
        String token = "党史" + UUID.randomUUID().toString().substring(0, 6);
        for (String n : new String[] {"一", "二", "三"}) {
            create(CourseTestData.electiveArticle(token + "第" + n + "讲")).andExpect(status().isCreated());
        }

        mvc.perform(get(PATH).param("q", token).param("size", "2").with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items[*].title", contains(token + "第三讲", token + "第二讲")));
        mvc.perform(get(PATH).param("q", token).param("size", "2").param("page", "1")
                        .with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.items[*].title", contains(token + "第一讲")));
    }

    @Test
    void refusesPageSizeAboveOneHundredAndUnknownSortProperty() throws Exception {
        mvc.perform(get(PATH).param("size", "101").with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size").exists());
        mvc.perform(get(PATH).param("sort", "description").with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sort").exists());
    }

    @Test
    void answersFieldErrorsForInvalidInput() throws Exception {
        create(new NewCourse("", null, CourseKind.DOCUMENT, null, new java.math.BigDecimal("1000.5")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:validation"))
                .andExpect(jsonPath("$.errors.title").exists())
                .andExpect(jsonPath("$.errors.required").exists())
                .andExpect(jsonPath("$.errors.studyHours").exists());
    }

    @Test
    void answersProblemForMalformedJsonAndUnknownKind() throws Exception {
        mvc.perform(post(PATH).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"党章\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:malformed-body"));
        mvc.perform(post(PATH).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"党章\", \"kind\": \"podcast\", \"required\": true, \"studyHours\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void memberReadsButCannotAddCourses() throws Exception {
        mvc.perform(get(PATH).with(TestCallers.member(A)).header("X-Tenant", A)).andExpect(status().isOk());

        mvc.perform(post(PATH).with(TestCallers.member(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(CourseTestData.requiredVideo())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-role-missing"));
    }

    @Test
    void answersNotFoundProblemForUnknownCourse() throws Exception {
        mvc.perform(get(PATH + "/{id}", UUID.randomUUID()).with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:course-not-found"));
    }

    private ResultActions create(NewCourse course) throws Exception {
        return mvc.perform(post(PATH).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                .contentType(MediaType.APPLICATION_JSON).content(toJson(course)));
    }
}
