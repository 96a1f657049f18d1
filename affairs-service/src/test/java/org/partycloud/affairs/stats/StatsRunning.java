package org.partycloud.affairs.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.partycloud.platform.stats.DailyStatistics;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs days of statistics the way tenant-service does: POST, then follow the run until it ends. */
record StatsRunning(MockMvc mvc, JsonMapper json, JdbcTemplate jdbc, JobRepository repository) {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** Forgets what an earlier test run against the same database did on these days. */
    void forget(LocalDate... days) {
        for (LocalDate day : days) {
            JobInstance instance = instanceOf(day);
            if (instance != null) {
                repository.deleteJobInstance(instance);
            }
            jdbc.update("DELETE FROM platform.stat_daily_figure WHERE stat_date = ?", day);
        }
    }

    /** POSTs the day (202 with the run's Location) and answers the run's view once it has ended. */
    JsonNode runToEnd(LocalDate day) throws Exception {
        JsonNode started = start(day);
        String location = "/internal/stats/runs/" + started.get("executionId").asLong();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonNode run = read(mvc.perform(get(location).with(TestCallers.service()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            String state = run.get("status").asString();
            if (!state.equals("STARTING") && !state.equals("STARTED") && !state.equals("STOPPING")) {
                return run;
            }
            assertThat(System.nanoTime()).as("run %s still %s", location, state).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** POSTs the day and checks the accepted answer's Location and day. */
    JsonNode start(LocalDate day) throws Exception {
        var response = mvc.perform(post("/internal/stats/runs").with(TestCallers.service())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("date", day.toString()))))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse();
        JsonNode run = read(response.getContentAsString());
        assertThat(response.getHeader("Location")).isEqualTo("/internal/stats/runs/" + run.get("executionId").asLong());
        assertThat(run.get("statDate").asString()).isEqualTo(day.toString());
        return run;
    }

    /** How many times each tenant's worker step ran for the day, over all its executions. */
    Map<String, Integer> workerRuns(LocalDate day) {
        Map<String, Integer> runs = new java.util.TreeMap<>();
        jdbc.query("""
                SELECT substring(s.step_name FROM position(':' IN s.step_name) + 1) AS tenant, count(*) AS runs
                FROM platform.batch_step_execution s
                JOIN platform.batch_job_execution e ON e.job_execution_id = s.job_execution_id
                WHERE e.job_instance_id = ? AND s.step_name LIKE 'tenantFigures:%'
                GROUP BY 1
                """, (RowCallbackHandler) rs -> {
            runs.put(rs.getString("tenant"), rs.getInt("runs"));
        }, instanceOf(day).getInstanceId());
        return runs;
    }

    JobInstance instanceOf(LocalDate day) {
        return repository.getJobInstance(DailyStatistics.JOB, new JobParametersBuilder()
                .addLocalDate(DailyStatistics.STAT_DATE, day).toJobParameters());
    }

    /** How many executions the day's job instance has had. */
    int executions(LocalDate day) {
        return repository.getJobExecutions(instanceOf(day)).size();
    }

    private JsonNode read(String body) {
        return json.readTree(body);
    }

}
