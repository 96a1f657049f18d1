package org.partycloud.affairs.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoginNamesTest {

    private static final UUID MEMBER = UUID.fromString("0192f0aa-1234-7abc-8def-0123456789ab");

    @Test
    void proposesTheTenantKeyAndTheNamesPinyin() {
        assertThat(LoginNames.proposal("democorp", "sunzhiqiang", MEMBER)).isEqualTo("democorp.sunzhiqiang");
    }

    @Test
    void aNameWithoutPinyinFallsBackToTheMemberIdAndALongOneIsCut() {
        assertThat(LoginNames.proposal("democorp", "", MEMBER)).isEqualTo("democorp.m0192f0aa");
        assertThat(LoginNames.proposal("democorp", "a".repeat(60), MEMBER))
                .isEqualTo("democorp." + "a".repeat(LoginNames.MAX_NAME));
    }

    @Test
    void numbersANamesakeFromTwo() {
        assertThat(LoginNames.free("t.zhangwei", Set.of())).isEqualTo("t.zhangwei");
        assertThat(LoginNames.free("t.zhangwei", Set.of("t.zhangwei"))).isEqualTo("t.zhangwei2");
        assertThat(LoginNames.free("t.zhangwei", Set.of("t.zhangwei", "t.zhangwei2", "t.zhangweiming")))
                .isEqualTo("t.zhangwei3");
    }

    @Test
    void splitsChineseNamesIntoSurnameAndGivenName() {
        assertThat(LoginNames.split("孙志强")).isEqualTo(new LoginNames.Parts("志强", "孙"));
        assertThat(LoginNames.split("欧阳修")).isEqualTo(new LoginNames.Parts("修", "欧阳"));
        assertThat(LoginNames.split("阿依古丽·买买提")).isEqualTo(new LoginNames.Parts("阿依古丽", "买买提"));
        assertThat(LoginNames.split("Anna Schmidt")).isEqualTo(new LoginNames.Parts("Anna", "Schmidt"));
        assertThat(LoginNames.split("𠀋")).isEqualTo(new LoginNames.Parts("𠀋", "𠀋"));
        assertThat(LoginNames.split("王𠀋")).isEqualTo(new LoginNames.Parts("𠀋", "王"));
    }
}
