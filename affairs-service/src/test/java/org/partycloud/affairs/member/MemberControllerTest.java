package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class MemberControllerTest {

    @Test
    void sortsNamesByTheirPinyinFirst() {
        PageRequest request = MemberController.byPinyin(PageRequest.of(0, 20, Sort.by(Sort.Order.desc("name"),
                Sort.Order.asc("id"))));

        assertThat(request.getSort().toList()).containsExactly(Sort.Order.desc("namePinyin"), Sort.Order.desc("name"),
                Sort.Order.asc("id"));
    }
}
