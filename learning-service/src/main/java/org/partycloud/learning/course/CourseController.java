package org.partycloud.learning.course;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.partycloud.platform.tenancy.TenantRoles;
import org.partycloud.platform.web.PageParameters;
import org.partycloud.platform.web.PageResult;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The course catalogue of the tenant named by X-Tenant: any member reads, a tenant admin adds. */
@RestController
@RequestMapping(CourseController.PATH)
class CourseController {

    static final String PATH = "/api/learning/courses";
    private static final List<String> SORTABLE = List.of("title", "studyHours", "createdAt");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"));

    private final CourseService service;

    CourseController(CourseService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<CourseView> create(@Valid @RequestBody NewCourse body) {
        TenantRoles.requireAny(TenantRoles.TENANT_ADMIN);
        CourseView created = service.create(body);
        // A path, not an absolute URL: behind the gateway only the client knows the public host.
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    CourseView get(@PathVariable UUID id) {
        return service.get(id);
    }

    @GetMapping
    PageResult<CourseView> list(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageParameters.MAX_SIZE) int size,
            @RequestParam(required = false) String sort) {
        return service.search(new CourseSearch(q), PageParameters.of(page, size, sort, SORTABLE, NEWEST_FIRST));
    }
}
