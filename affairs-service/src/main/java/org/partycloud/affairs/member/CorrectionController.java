package org.partycloud.affairs.member;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partycloud.platform.web.PageParameters;
import org.partycloud.platform.web.PageResult;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Correction requests (信息修改审核) of the tenant named by X-Tenant.
 * <ul>
 * <li>{@code POST /api/affairs/members/{id}/corrections} {@link NewCorrection} → 201 with {@code Location}; only
 * for one's own archive (linked by a role assignment) and only the fields in {@link CorrectionChanges#CORRECTABLE}
 * (others 422)</li>
 * <li>{@code GET /api/affairs/members/{id}/corrections} → that member's requests, newest first</li>
 * <li>{@code GET /api/affairs/corrections} → requests of the members the caller reads; {@code status}
 * ({@code pending}, {@code approved}, {@code rejected}), oldest first</li>
 * <li>{@code GET /api/affairs/corrections/{id}} → the request</li>
 * <li>{@code POST /api/affairs/corrections/{id}/approval} {@code {reason?}} → applied to the archive</li>
 * <li>{@code POST /api/affairs/corrections/{id}/rejection} {@code {reason}} → rejected; a decided request → 409</li>
 * </ul>
 */
@RestController
class CorrectionController {

    static final String PATH = "/api/affairs/corrections";
    private static final List<String> SORTABLE = List.of("requestedAt", "decidedAt");

    private final CorrectionService service;

    CorrectionController(CorrectionService service) {
        this.service = service;
    }

    @PostMapping(MemberController.PATH + "/{memberId}/corrections")
    ResponseEntity<CorrectionView> ask(@PathVariable UUID memberId, @Valid @RequestBody NewCorrection body) {
        CorrectionView created = service.ask(memberId, body);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping(MemberController.PATH + "/{memberId}/corrections")
    PageResult<CorrectionView> ofMember(@PathVariable UUID memberId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageParameters.MAX_SIZE) int size) {
        return service.ofMember(memberId, PageParameters.of(page, size, null, SORTABLE,
                Sort.by(Sort.Order.desc("requestedAt"))));
    }

    @GetMapping(PATH)
    PageResult<CorrectionView> list(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageParameters.MAX_SIZE) int size,
            @RequestParam(required = false) String sort) {
        return service.search(Choices.parse(CorrectionRequest.Status.class, status, "status"),
                PageParameters.of(page, size, sort, SORTABLE, Sort.by("requestedAt")));
    }

    @GetMapping(PATH + "/{id}")
    CorrectionView get(@PathVariable UUID id) {
        return service.get(id);
    }

    @PostMapping(PATH + "/{id}/approval")
    CorrectionView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) CorrectionDecision body) {
        return service.approve(id, body);
    }

    @PostMapping(PATH + "/{id}/rejection")
    CorrectionView reject(@PathVariable UUID id, @Valid @RequestBody CorrectionDecision body) {
        return service.reject(id, body);
    }
}
