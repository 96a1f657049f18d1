package org.partycloud.affairs.access;

import java.util.List;
import java.util.UUID;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/affairs/member-logins}: the members to invite to log in (邀请党员登录). */
record MemberInvitation(@NotNull @Size(min = 1, max = MemberInvitation.MAX) List<@NotNull UUID> memberIds) {

    static final int MAX = 200;
}
