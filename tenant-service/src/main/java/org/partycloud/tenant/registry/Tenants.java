package org.partycloud.tenant.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.criteria.Predicate;
import org.partycloud.core.tenant.TenantStatus;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The registry's tenants. */
interface Tenants extends Repository<Tenant, String>, JpaSpecificationExecutor<Tenant> {

    Optional<Tenant> findById(String key);

    boolean existsById(String key);

    Tenant save(Tenant tenant);

    Tenant saveAndFlush(Tenant tenant);

    /** Whether a tenant that is not deleted has this admin username (deleted tenants' admins are gone). */
    @Query("select count(t) > 0 from Tenant t where lower(t.adminUsername) = lower(:username) and t.status <> :deleted")
    boolean adminUsernameInUse(String username, TenantStatus deleted);

    @Query("select t.tenantKey from Tenant t where t.status = :status order by t.createdAt")
    List<String> keysWithStatus(TenantStatus status);

    @Query("select t.tenantKey from Tenant t where t.status = :status and t.subscriptionEnd < :today order by t.tenantKey")
    List<String> keysEndedBefore(TenantStatus status, LocalDate today);

    static Specification<Tenant> matching(TenantSearch search) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (search.status() != null) {
                predicates.add(cb.equal(root.get("status"), search.status()));
            }
            if (search.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), search.kind()));
            }
            if (search.plan() != null) {
                predicates.add(cb.equal(root.get("plan"), search.plan()));
            }
            if (search.q() != null) {
                String pattern = "%" + search.q().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(root.get("tenantKey"), pattern, '\\'),
                        cb.like(cb.lower(root.get("name")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
