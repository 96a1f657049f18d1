package org.partycloud.platform.stats;

import java.net.URI;
import java.time.LocalDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partycloud.platform.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistics of this service for other services (tenant-service rolls them up): start or restart a day,
 * follow a run, read a day's figures tenant by tenant. Under {@code /internal/**}: service accounts only.
 */
@RestController
@Validated
class StatsController {

    static final String RUNS = "/internal/stats/runs";
    private final StatsRuns runs;
    private final DailyFigureStore figures;

    StatsController(StatsRuns runs, DailyFigureStore figures) {
        this.runs = runs;
        this.figures = figures;
    }

    /** 202 with the run that stands for the day: started, restarted, still running, or already completed. */
    @PostMapping(RUNS)
    ResponseEntity<RunView> start(@Valid @RequestBody RunRequest request) {
        RunView run = runs.start(request.date());
        return ResponseEntity.accepted().location(URI.create(RUNS + "/" + run.executionId())).body(run);
    }

    @GetMapping(RUNS + "/{executionId}")
    RunView run(@PathVariable long executionId) {
        return runs.view(executionId).orElseThrow(() -> ProblemException.notFound("stats-run-not-found",
                "There is no statistics run " + executionId + ".").with("executionId", executionId));
    }

    @GetMapping("/internal/stats/figures")
    FiguresPage figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "") @Size(max = 63) String after,
            @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return figures.page(date, after, limit);
    }

    /** The body of {@code POST /internal/stats/runs}. */
    record RunRequest(@NotNull LocalDate date) {
    }
}
