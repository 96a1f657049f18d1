package org.partycloud.learning.course;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The courses of the tenant in context (the session works in that tenant's schema). */
interface Courses extends JpaRepository<Course, UUID>, JpaSpecificationExecutor<Course> {
}
