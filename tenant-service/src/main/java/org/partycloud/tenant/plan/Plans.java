package org.partycloud.tenant.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The plan catalogue (seeded by migrations, read-only here). */
public interface Plans extends Repository<Plan, String> {

    Optional<Plan> findById(String key);

    @Query("select p from Plan p order by p.position")
    List<Plan> findAllInOrder();
}
