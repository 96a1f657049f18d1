package org.partycloud.affairs.member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partycloud.affairs.access.AccessScope;
import org.partycloud.affairs.audit.Actor;
import org.partycloud.affairs.audit.AuditLog;
import org.partycloud.platform.feed.ChangeFeed;
import org.partycloud.platform.tenancy.TenantContext;
import org.partycloud.platform.web.PageParameters;
import org.partycloud.platform.web.ProblemException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's rules for many members at once, for the spreadsheet import and export ({@code member.excel}).
 * A row is checked by exactly what checks {@code POST /api/affairs/members} (the ID-card number by GB 11643,
 * {@link Member#enrol}'s rules on dates, gender and category) and written the same way (encrypted number,
 * pinyin, a {@code created} history line, a {@code member.changed} feed entry, an audit line). Bean Validation
 * of {@link MemberDetails} and the organisation lookup are the caller's, as they are the controller's for a POST.
 */
@Component
public class MemberBatch {

    private static final int HASH_LOOKUP_CHUNK = 1000;
    private static final int EXPORT_PAGE = 1000;

    private final Members members;
    private final MemberHistory history;
    private final MemberService service;
    private final ArchiveCipher cipher;
    private final MemberAccess access;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    MemberBatch(Members members, MemberHistory history, MemberService service, ArchiveCipher cipher,
            MemberAccess access, ChangeFeed feed, AuditLog audit, Clock clock) {
        this.members = members;
        this.history = history;
        this.service = service;
        this.cipher = cipher;
        this.access = access;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's scope, refused (403) unless they maintain something: the tenant admin or an officer. */
    public AccessScope maintainerScope() {
        AccessScope scope = access.scope();
        MemberAccess.requireMaintainsAny(scope);
        return scope;
    }

    /**
     * Checks one member as the create endpoint does, without writing. The details' organisation must already be
     * one the caller may place members in.
     *
     * @return the member ready to enrol, or the rule violations by field name (the API's English messages)
     */
    public Checked check(MemberDetails details) {
        LocalDate today = LocalDate.now(clock);
        IdCardNumber number;
        try {
            number = IdCardNumber.parse(details.idNumber(), today);
        } catch (InvalidIdCardNumberException e) {
            return new Checked(null, null, Map.of("idNumber", e.reason()));
        }
        ProtectedIdNumber stored = cipher.protect(number);
        if (details.name() == null || details.name().isBlank()) {
            return new Checked(null, stored.hash(), Map.of("name", "must not be blank"));
        }
        try {
            return new Checked(Member.enrol(details, number, stored, today, clock.instant()), stored.hash(), Map.of());
        } catch (ProblemException e) {
            @SuppressWarnings("unchecked")
            Map<String, String> errors = (Map<String, String>) e.properties().get("errors");
            return new Checked(null, stored.hash(), errors == null ? Map.of("", e.getMessage()) : errors);
        }
    }

    /** Which of the keyed hashes the archive already holds, current or former members, in a few queries. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> takenIdNumberHashes(Collection<String> hashes) {
        List<String> all = new ArrayList<>(new HashSet<>(hashes));
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < all.size(); from += HASH_LOOKUP_CHUNK) {
            taken.addAll(members.findTakenIdNumberHashes(all.subList(from, Math.min(all.size(), from + HASH_LOOKUP_CHUNK))));
        }
        return taken;
    }

    /**
     * Opens the archives of checked members in the caller's transaction: each with the history, feed and audit
     * lines of a single enrolment.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enrolAll(List<Checked> checked) {
        Instant now = clock.instant();
        Actor actor = Actor.current();
        List<Member> saved = members.saveAll(checked.stream().map(c -> {
            if (c.member == null) {
                throw new IllegalArgumentException("Only checked members without errors are enrolled");
            }
            return c.member;
        }).toList());
        history.saveAll(saved.stream()
                .map(m -> new MemberHistoryEntry(m.id(), now, actor, MemberHistoryEntry.CREATED, null, null)).toList());
        for (Member member : saved) {
            feed.append(TenantContext.require(), MemberChanged.TYPE, member.id().toString(), MemberChanged.of(member));
            audit.record("member.created", "member", member.id(), "Opened the archive of " + member.name()
                    + " (spreadsheet import)");
        }
        members.flush();
    }

    /**
     * Hands every member of the search that the caller may read to {@code row}, in the list's order, from one
     * snapshot of the archive, a page at a time (the persistence context is cleared after each, so memory stays
     * flat). The export is audited: who, which filter, how many rows.
     *
     * @param sort the list's {@code sort} parameter
     * @param filter the filter as the caller gave it, for the audit line
     * @return how many members were exported
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public long export(MemberSearch search, String sort, String filter, Consumer<MemberView> row) {
        AccessScope scope = maintainerScope();
        Specification<Member> spec = service.specification(scope, search);
        Sort order = MemberController.byPinyin(PageParameters.of(0, 1, sort, MemberController.SORTABLE,
                MemberController.DEFAULT_ORDER)).getSort();
        long count = 0;
        Page<Member> page;
        int number = 0;
        do {
            page = members.findAll(spec, PageRequest.of(number++, EXPORT_PAGE, order));
            for (Member member : page) {
                row.accept(MemberView.of(member));
                count++;
            }
            entityManager.clear();
        } while (page.hasNext());
        audit.record("member.exported", "member", "list", "Exported " + count + " members to a spreadsheet; filter: "
                + (filter == null || filter.isBlank() ? "none" : filter));
        return count;
    }

    /** A member checked for enrolment: ready to enrol, or the violations found. */
    public static final class Checked {

        private final Member member;
        private final String idNumberHash;
        private final Map<String, String> errors;

        private Checked(Member member, String idNumberHash, Map<String, String> errors) {
            this.member = member;
            this.idNumberHash = idNumberHash;
            this.errors = Map.copyOf(errors);
        }

        /** Rule violations by the API's field name; empty when the member may be enrolled. */
        public Map<String, String> errors() {
            return errors;
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        /** The keyed hash of the ID-card number, also when other fields are wrong; null when the number is. */
        public String idNumberHash() {
            return idNumberHash;
        }
    }
}
