package org.partycloud.affairs.member;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.partycloud.affairs.access.AccessScope;
import org.partycloud.affairs.audit.Actor;
import org.partycloud.affairs.audit.AuditLog;
import org.partycloud.platform.web.PageResult;
import org.partycloud.platform.web.ProblemException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correction requests (信息修改审核): a member asks for a change to their own archive; an officer over the member
 * (or the tenant admin) approves it, which applies it through the edit path, or rejects it with a reason. A
 * request is decided once. Requests of members outside the caller's scope are not found.
 */
@Service
class CorrectionService {

    private static final TypeReference<LinkedHashMap<String, String>> CHANGES = new TypeReference<>() {
    };

    private final CorrectionRequests requests;
    private final Members members;
    private final MemberAccess access;
    private final MemberService memberService;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    CorrectionService(CorrectionRequests requests, Members members, MemberAccess access, MemberService memberService,
            AuditLog audit, JsonMapper json, Clock clock) {
        this.requests = requests;
        this.members = members;
        this.access = access;
        this.memberService = memberService;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Only the member the caller's login is linked to asks; an archive they cannot read is not found. */
    @Transactional
    CorrectionView ask(UUID memberId, NewCorrection body) {
        AccessScope scope = access.scope();
        Member member = readable(scope, memberId);
        if (!scope.isOwn(memberId)) {
            throw ProblemException.forbidden("correction-not-own-archive",
                    "A correction request is asked for one's own archive; an officer edits the member directly.");
        }
        CorrectionChanges changes = CorrectionChanges.parse(body.changes());
        CorrectionRequest request = requests.save(new CorrectionRequest(memberId,
                json.writeValueAsString(changes.values()), body.reason().strip(), Actor.current().id(), clock.instant()));
        audit.record("member.correction_requested", "correction_request", request.id(), member.name()
                + " asked to correct " + String.join(", ", changes.values().keySet()));
        return view(request, member);
    }

    @Transactional(readOnly = true)
    PageResult<CorrectionView> ofMember(UUID memberId, Pageable page) {
        AccessScope scope = access.scope();
        Member member = readable(scope, memberId);
        return PageResult.of(requests.findAll((root, query, cb) -> cb.equal(root.get("memberId"), memberId), page)
                .map(request -> view(request, member)));
    }

    /** The requests of members the caller reads, optionally of one status, as one query (paging and totals). */
    @Transactional(readOnly = true)
    PageResult<CorrectionView> search(CorrectionRequest.Status status, Pageable page) {
        AccessScope scope = access.scope();
        Specification<CorrectionRequest> spec = inScope(scope);
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        return PageResult.of(requests.findAll(spec, page).map(this::view));
    }

    @Transactional(readOnly = true)
    CorrectionView get(UUID id) {
        AccessScope scope = access.scope();
        CorrectionRequest request = find(scope, id);
        return view(request);
    }

    @Transactional
    CorrectionView approve(UUID id, CorrectionDecision decision) {
        AccessScope scope = access.scope();
        CorrectionRequest request = find(scope, id);
        Member member = requireDecide(scope, request);
        request.approve(Actor.current(), decision == null ? null : decision.reason(), clock.instant());
        CorrectionChanges changes = new CorrectionChanges(json.readValue(request.changes(), CHANGES));
        memberService.applyCorrection(scope, member.id(), changes, "Correction request " + request.id() + ": "
                + request.reason());
        requests.flush();
        audit.record("member.correction_approved", "correction_request", id, "Approved the correction request of "
                + member.name());
        return view(request, member);
    }

    @Transactional
    CorrectionView reject(UUID id, CorrectionDecision decision) {
        if (decision == null || decision.reason() == null || decision.reason().isBlank()) {
            throw ProblemException.invalidField("reason", "must not be blank");
        }
        AccessScope scope = access.scope();
        CorrectionRequest request = find(scope, id);
        Member member = requireDecide(scope, request);
        request.reject(Actor.current(), decision.reason(), clock.instant());
        requests.flush();
        audit.record("member.correction_rejected", "correction_request", id, "Rejected the correction request of "
                + member.name() + ": " + request.decisionReason());
        return view(request, member);
    }

    /**
     * The decider maintains the member's organisation and did not ask themselves. A member who reads the request
     * (their own) but may not decide it is forbidden.
     */
    private Member requireDecide(AccessScope scope, CorrectionRequest request) {
        Member member = readable(scope, request.memberId());
        String caller = Actor.current().id();
        if (!scope.maintains(member.orgId()) || request.requestedBy().equals(caller)) {
            throw ProblemException.forbidden("correction-decision-forbidden",
                    "A correction request is decided by an officer over the member, never by the one who asked.");
        }
        return member;
    }

    private Member readable(AccessScope scope, UUID memberId) {
        return members.findById(memberId).filter(member -> MemberAccess.mayRead(scope, member))
                .orElseThrow(() -> new MemberNotFoundException(memberId));
    }

    private CorrectionRequest find(AccessScope scope, UUID id) {
        return requests.findById(id)
                .filter(request -> members.findById(request.memberId())
                        .filter(member -> MemberAccess.mayRead(scope, member)).isPresent())
                .orElseThrow(() -> ProblemException.notFound("correction-request-not-found",
                        "There is no correction request " + id + " in this tenant.").with("id", id));
    }

    /** Requests of the members the caller reads: a subquery with the member list's own filter. */
    private static Specification<CorrectionRequest> inScope(AccessScope scope) {
        if (scope.wholeTenant()) {
            return Specification.unrestricted();
        }
        return (root, query, cb) -> {
            var subquery = query.subquery(UUID.class);
            var member = subquery.from(Member.class);
            subquery.select(member.get("id")).where(MemberAccess.readable(scope).toPredicate(member, query, cb));
            return root.get("memberId").in(subquery);
        };
    }

    private CorrectionView view(CorrectionRequest request) {
        return view(request, members.findById(request.memberId()).orElseThrow());
    }

    private CorrectionView view(CorrectionRequest r, Member member) {
        Map<String, String> changes = json.readValue(r.changes(), CHANGES);
        return new CorrectionView(r.id(), r.memberId(), member.name(), changes, r.reason(), r.status().json(),
                r.requestedBy(), r.requestedAt(), r.decidedBy(), r.decidedByName(), r.decidedAt(), r.decisionReason());
    }
}
