package org.partycloud.affairs.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePinyinTest {

    @Test
    void writesOneInitialPerCharacterAndTheFullSyllables() {
        NamePinyin pinyin = NamePinyin.of("张三丰");

        assertThat(pinyin.initials()).isEqualTo("zsf");
        assertThat(pinyin.full()).isEqualTo("zhangsanfeng");
    }

    @Test
    void readsPolyphonicSurnamesAsSurnames() {
        assertThat(NamePinyin.of("单田芳").initials()).isEqualTo("stf");
        assertThat(NamePinyin.of("单田芳").full()).startsWith("shan");
        assertThat(NamePinyin.of("曾国藩").full()).startsWith("zeng");
        assertThat(NamePinyin.of("解缙").full()).isEqualTo("xiejin");
        assertThat(NamePinyin.of("仇英").initials()).isEqualTo("qy");
    }

    @Test
    void readsTheSameCharacterInsideAGivenNameByItsCommonReading() {
        assertThat(NamePinyin.of("王单").full()).isEqualTo("wangdan");
    }

    @Test
    void keepsLatinLettersAndDropsSeparatorsAndEmoji() {
        assertThat(NamePinyin.of("阿依古丽·买买提").initials()).isEqualTo("ayglmmt");
        assertThat(NamePinyin.of("Anna 李 🚩").initials()).isEqualTo("annal");
    }
}
