package org.partycloud.tenant.plan;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The module catalogue (seeded by migrations, read-only here). */
public interface Modules extends Repository<Module, String> {

    Optional<Module> findById(String key);
}
