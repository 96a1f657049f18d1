package org.partycloud.learning.course;

import java.util.UUID;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No course with this id in the request's tenant (another tenant's id looks exactly the same). */
class CourseNotFoundException extends ProblemException {

    CourseNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, "course-not-found", "未找到 Not found", "There is no course " + id + " in this tenant.");
        with("id", id);
    }
}
