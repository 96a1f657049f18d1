package org.partycloud.affairs.organization;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The organisations of the tenant in context (the session works in that tenant's schema). */
interface Organizations extends JpaRepository<Organization, UUID>, JpaSpecificationExecutor<Organization> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, UUID id);

    List<Organization> findByParentIdAndDissolvedOnIsNull(UUID parentId);

    /**
     * The node and all its descendants, by a recursive query over parent links. Chosen over a materialised path
     * because a tree of a tenant is small (hundreds of nodes) and a move then changes one row, not a subtree;
     * UNION (not UNION ALL) ends the walk even if a cycle ever slipped in.
     */
    @Query(value = """
            WITH RECURSIVE subtree (id) AS (
                SELECT id FROM organization WHERE id = :root
                UNION
                SELECT child.id FROM organization child JOIN subtree ON child.parent_id = subtree.id)
            SELECT id FROM subtree
            """, nativeQuery = true)
    List<UUID> subtreeOf(@Param("root") UUID root);
}
