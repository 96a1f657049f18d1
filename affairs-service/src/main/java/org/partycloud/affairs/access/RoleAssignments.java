package org.partycloud.affairs.access;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The role assignments of the tenant in context. */
interface RoleAssignments extends JpaRepository<RoleAssignment, UUID>, JpaSpecificationExecutor<RoleAssignment> {

    boolean existsByUserIdAndOrgIdAndRole(String userId, UUID orgId, AssignedRole role);

    List<RoleAssignment> findByUserIdOrderByCreatedAt(String userId);

    /**
     * Every organisation the user maintains as an officer: the assigned nodes and all nodes below them, in one
     * recursive query over the parent links (the same walk as the organisation subtree).
     */
    @Query(value = """
            WITH RECURSIVE scope (id) AS (
                SELECT org_id FROM role_assignment WHERE user_id = :userId AND role = 'OFFICER'
                UNION
                SELECT child.id FROM organization child JOIN scope ON child.parent_id = scope.id)
            SELECT id FROM scope
            """, nativeQuery = true)
    List<UUID> officerScopeOf(@Param("userId") String userId);
}
