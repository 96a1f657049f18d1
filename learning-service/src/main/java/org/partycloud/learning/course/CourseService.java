package org.partycloud.learning.course;

import java.time.Instant;
import java.util.UUID;
import org.partycloud.platform.web.PageResult;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and finds courses of the request's tenant. */
@Service
class CourseService {

    private final Courses courses;

    CourseService(Courses courses) {
        this.courses = courses;
    }

    @Transactional
    CourseView create(NewCourse details) {
        return CourseView.of(courses.save(Course.create(details, Instant.now())));
    }

    @Transactional(readOnly = true)
    CourseView get(UUID id) {
        return courses.findById(id).map(CourseView::of).orElseThrow(() -> new CourseNotFoundException(id));
    }

    @Transactional(readOnly = true)
    PageResult<CourseView> search(CourseSearch search, Pageable page) {
        return PageResult.of(courses.findAll(search.toSpecification(), page).map(CourseView::of));
    }
}
