package org.partycloud.affairs.member;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features of the service may ask about the member archive: never an ID or phone number. */
@Component
public class MemberDirectory {

    private final Members members;

    MemberDirectory(Members members) {
        this.members = members;
    }

    /** The statuses of current members as stored; the others are the history archive's (历史党员库). */
    public static Set<String> currentStatuses() {
        return MemberStatus.CURRENT.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** A member of the tenant who is not a former member. */
    @Transactional(readOnly = true)
    public Optional<MemberSummary> currentMember(UUID id) {
        return members.findById(id).filter(m -> !m.status().isFormer())
                .map(m -> new MemberSummary(m.id(), m.name(), m.orgId()));
    }

    @Transactional(readOnly = true)
    public Optional<MemberSummary> member(UUID id) {
        return members.findById(id).map(m -> new MemberSummary(m.id(), m.name(), m.orgId()));
    }

    /** Current (not former) members placed in any of the organisations, by category. */
    @Transactional(readOnly = true)
    public Headcount headcount(Collection<UUID> orgIds) {
        if (orgIds.isEmpty()) {
            return new Headcount(0, 0);
        }
        return new Headcount(
                members.countByOrgIdInAndStatusInAndCategory(orgIds, MemberStatus.CURRENT, MemberCategory.FULL),
                members.countByOrgIdInAndStatusInAndCategory(orgIds, MemberStatus.CURRENT, MemberCategory.PROBATIONARY));
    }

    /** How many current members, full and probationary. */
    public record Headcount(long full, long probationary) {

        public long total() {
            return full + probationary;
        }
    }

    /** A member as other features know one. */
    public record MemberSummary(UUID id, String name, UUID orgId) {
    }
}
