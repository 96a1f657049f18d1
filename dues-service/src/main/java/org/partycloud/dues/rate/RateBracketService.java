package org.partycloud.dues.rate;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and adjusts the dues table of the request's tenant. */
@Service
class RateBracketService {

    /** The order a person reads the table in: by category, then by band from the lowest base up. */
    private static final Comparator<RateBracket> TABLE_ORDER = Comparator.comparing(RateBracket::category)
            .thenComparing(RateBracket::lowerBound, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));

    private final RateBrackets brackets;
    private final Clock clock;

    RateBracketService(RateBrackets brackets, Clock clock) {
        this.brackets = brackets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<RateBracketView> table() {
        return brackets.findAll().stream().sorted(TABLE_ORDER).map(RateBracketView::of).toList();
    }

    @Transactional
    RateBracketView change(UUID id, RateBracketChange change) {
        RateBracket bracket = brackets.findById(id).orElseThrow(() -> new RateBracketNotFoundException(id));
        bracket.change(change, clock.instant());
        // Flushed here so the answer carries the version the change produced.
        return RateBracketView.of(brackets.saveAndFlush(bracket));
    }
}
