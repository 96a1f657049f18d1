package org.partycloud.platform.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** The paged answer of every list endpoint: {@code { "items": [...], "total": n, "page": p, "size": s }}. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public static <T> PageResult<T> of(Page<T> page) {
        return new PageResult<>(page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
    }
}
