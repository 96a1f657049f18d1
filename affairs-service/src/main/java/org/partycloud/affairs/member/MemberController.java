package org.partycloud.affairs.member;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partycloud.platform.web.PageParameters;
import org.partycloud.platform.web.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member archive of the tenant named by X-Tenant. Every answer shows the ID-card number masked.
 * <ul>
 * <li>{@code POST /api/affairs/members} {@link MemberDetails} → 201 with {@code Location} and the member</li>
 * <li>{@code GET /api/affairs/members/{id}} → the member</li>
 * <li>{@code PUT /api/affairs/members/{id}} {@link MemberDetails} → the member; status and category are not
 * edited here</li>
 * <li>{@code GET /api/affairs/members} → {@code {items, total, page, size}}; filters {@code q}, {@code orgId}
 * (with its subtree), {@code category}, {@code status}, {@code gender}, {@code ageBand} ({@code lt35},
 * {@code 35-45}, {@code 46-60}, {@code gt60}), {@code education}, {@code joinedYear}, {@code idNumber} (exact),
 * {@code archive} ({@code current} by default, {@code history} for former members, {@code all}); {@code page},
 * {@code size}, {@code sort} ({@code name} sorts by pinyin)</li>
 * <li>{@code POST /api/affairs/members/{id}/status-changes} {@link StatusChange} → the member. One endpoint for
 * every status operation, named in {@code operation}: {@code mobile}, {@code lost_contact}, {@code suspend},
 * {@code restore}, {@code extend_probation}, {@code cancel_probation}, {@code convert_to_full}, {@code leave},
 * {@code deceased}; one the member's status does not allow is a 409 naming the status and the operation</li>
 * <li>{@code GET /api/affairs/members/{id}/history} → every change, oldest first, paged</li>
 * <li>{@code POST /api/affairs/members/{id}/id-number/reveal} → {@code {memberId, idNumber}} in full, not
 * cached, audited; tenant admin only</li>
 * </ul>
 * Who may do what is {@link MemberAccess}'s to decide: the tenant admin everything; an officer the members of the
 * organisations they maintain (404 for any other, and lists hold only those, {@code orgId} outside → 404); a member
 * their own archive and its history; a committee viewer nothing (403). Correction requests: {@link CorrectionController}.
 */
@RestController
@RequestMapping(MemberController.PATH)
class MemberController {

    static final String PATH = "/api/affairs/members";
    static final List<String> SORTABLE = List.of("name", "birthDate", "probationaryDate",
            "fullMembershipDate", "createdAt", "updatedAt");
    static final Sort DEFAULT_ORDER = Sort.by("name");

    private final MemberService service;

    MemberController(MemberService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<MemberView> enrol(@Valid @RequestBody MemberDetails body) {
        MemberView created = service.enrol(body);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    MemberView get(@PathVariable UUID id) {
        return service.get(id);
    }

    @PutMapping("/{id}")
    MemberView edit(@PathVariable UUID id, @Valid @RequestBody MemberDetails body) {
        return service.edit(id, body);
    }

    @GetMapping
    PageResult<MemberView> list(@Valid MemberFilter filter,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageParameters.MAX_SIZE) int size,
            @RequestParam(required = false) String sort) {
        MemberSearch search = filter.search();
        return service.search(search, byPinyin(PageParameters.of(page, size, sort, SORTABLE, DEFAULT_ORDER)));
    }

    @PostMapping("/{id}/status-changes")
    MemberView changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange body) {
        return service.changeStatus(id, body);
    }

    @GetMapping("/{id}/history")
    PageResult<MemberHistoryView> history(@PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(PageParameters.MAX_SIZE) int size) {
        return service.history(id, page, size);
    }

    @PostMapping("/{id}/id-number/reveal")
    ResponseEntity<RevealedIdNumber> reveal(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(service.reveal(id));
    }

    /** Chinese names sort by their pinyin (张 after 李), then by the characters for names that read alike. */
    static PageRequest byPinyin(PageRequest request) {
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : request.getSort()) {
            if (order.getProperty().equals("name")) {
                orders.add(order.withProperty("namePinyin"));
            }
            orders.add(order);
        }
        return request.withSort(Sort.by(orders));
    }
}
