package org.partycloud.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Turns {@code page}, {@code size} and {@code sort} request parameters into a page request. Only the listed
 * properties can be sorted by, so a client can neither reach unmapped columns nor cause a 500; the entity
 * id is always the last order, so pages stay stable when the requested order has ties.
 */
public final class PageParameters {

    public static final int MAX_SIZE = 100;
    private static final String TIE_BREAKER = "id";

    private PageParameters() {
    }

    public static PageRequest of(int page, int size, String sort, List<String> sortable, Sort fallback) {
        return PageRequest.of(page, size, sort(sort, sortable, fallback).and(Sort.by(TIE_BREAKER)));
    }

    /**
     * Reads {@code property[,asc|desc]} pairs. Repeated {@code sort} parameters arrive joined with commas
     * ({@code displayOrder,asc,name,desc}), so a direction applies to the property just before it.
     */
    static Sort sort(String sort, List<String> sortable, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String raw : sort.split(",")) {
            String token = raw.trim();
            if (token.isEmpty()) {
                continue;
            }
            if (isDirection(token)) {
                if (orders.isEmpty()) {
                    throw ProblemException.invalidField("sort", "A direction must follow a property, as in name,asc.");
                }
                Sort.Order last = orders.remove(orders.size() - 1);
                orders.add(last.with(Sort.Direction.fromString(token)));
            } else if (sortable.contains(token)) {
                orders.add(Sort.Order.asc(token));
            } else {
                throw ProblemException.invalidField("sort", "Can sort by " + String.join(", ", sortable) + " only.");
            }
        }
        return orders.isEmpty() ? fallback : Sort.by(orders);
    }

    private static boolean isDirection(String token) {
        return "asc".equalsIgnoreCase(token) || "desc".equalsIgnoreCase(token);
    }
}
