package org.partycloud.learning.course;

import java.math.BigDecimal;

/** Courses as a tenant admin would add them. */
final class CourseTestData {

    private CourseTestData() {
    }

    static NewCourse requiredVideo() {
        return new NewCourse("学习贯彻党的二十大精神 📚", "专题辅导报告，共三讲。", CourseKind.VIDEO, true, new BigDecimal("2.5"));
    }

    static NewCourse electiveArticle(String title) {
        return new NewCourse(title, null, CourseKind.ARTICLE, false, new BigDecimal("0.5"));
    }

    static NewCourse withTitle(NewCourse c, String title) {
        return new NewCourse(title, c.description(), c.kind(), c.required(), c.studyHours());
    }

    static NewCourse withStudyHours(NewCourse c, String hours) {
        return new NewCourse(c.title(), c.description(), c.kind(), c.required(), new BigDecimal(hours));
    }
}
