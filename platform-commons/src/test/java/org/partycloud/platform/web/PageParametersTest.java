package org.partycloud.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class PageParametersTest {

    private static final List<String> SORTABLE = List.of("displayOrder", "name");
    private static final Sort FALLBACK = Sort.by("displayOrder");

    @Test
    void readsPropertyAndDirectionPairs() {
        assertThat(PageParameters.sort("name,desc,displayOrder", SORTABLE, FALLBACK))
                .isEqualTo(Sort.by(Sort.Order.desc("name"), Sort.Order.asc("displayOrder")));
    }

    @Test
    void usesFallbackWithoutSortParameter() {
        assertThat(PageParameters.sort(null, SORTABLE, FALLBACK)).isEqualTo(FALLBACK);
        assertThat(PageParameters.sort(" ", SORTABLE, FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void endsEveryOrderWithTheIdSoPagesAreStable() {
        PageRequest request = PageParameters.of(2, 10, "name,asc", SORTABLE, FALLBACK);

        assertThat(request.getSort()).isEqualTo(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")));
        assertThat(request.getOffset()).isEqualTo(20);
    }

    @Test
    void refusesPropertiesThatAreNotSortable() {
        assertThatThrownBy(() -> PageParameters.sort("password,asc", SORTABLE, FALLBACK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.properties().get("errors"))
                        .isEqualTo(Map.of("sort", "Can sort by displayOrder, name only.")));
    }

    @Test
    void refusesDirectionWithoutProperty() {
        assertThatThrownBy(() -> PageParameters.sort("desc", SORTABLE, FALLBACK)).isInstanceOf(ProblemException.class);
    }
}
