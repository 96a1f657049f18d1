package org.partycloud.affairs.establishment;

import java.util.ArrayList;
import java.util.List;

/**
 * The national defaults for how a party organisation is set up (a tenant may override them later): a branch
 * needs at least 3 full members (else a joint branch), has generally at most 50 members (50–100: a general
 * branch; 100 or more: a committee); a branch of 7 or more full members elects a committee of 3 to 5 (at most 7),
 * a smaller one has a secretary only. Rules warn, they do not block: the organisation's officers decide. Public
 * for the nightly statistics, which count the organisations that break them.
 */
public final class EstablishmentRules {

    static final int MIN_FULL_MEMBERS_OF_BRANCH = 3;
    static final int MAX_MEMBERS_OF_BRANCH = 50;
    static final int MIN_MEMBERS_OF_COMMITTEE_ORGANISATION = 100;
    static final int FULL_MEMBERS_FOR_BRANCH_COMMITTEE = 7;
    static final int MIN_BRANCH_COMMITTEE = 3;
    static final int MAX_BRANCH_COMMITTEE = 7;

    private EstablishmentRules() {
    }

    /**
     * @param type the organisation's kind, as the API names it (branch, joint_branch, general_branch, …)
     * @param fullMembers current full members of the organisation and all below it
     * @param members current members, full and probationary, of the organisation and all below it
     * @param committee serving members of its committee (every officer but the dues collector)
     */
    public static List<Warning> check(String type, long fullMembers, long members, long committee) {
        List<Warning> warnings = new ArrayList<>();
        boolean branch = type.equals("branch") || type.equals("joint_branch");
        if (type.equals("branch") && fullMembers < MIN_FULL_MEMBERS_OF_BRANCH) {
            warnings.add(new Warning("too-few-full-members", "党支部至少需要 3 名正式党员，不足时可成立联合党支部。"
                    + " A branch needs at least 3 full members; otherwise form a joint branch.", fullMembers));
        }
        if (branch && members >= MIN_MEMBERS_OF_COMMITTEE_ORGANISATION) {
            warnings.add(new Warning("committee-needed", "党员 100 人以上的，一般应成立党的基层委员会。"
                    + " With 100 members or more, a committee is generally formed.", members));
        } else if (branch && members > MAX_MEMBERS_OF_BRANCH) {
            warnings.add(new Warning("general-branch-needed", "党支部党员一般不超过 50 人，50 至 100 人的可成立党总支。"
                    + " A branch generally has at most 50 members; 50 to 100 form a general branch.", members));
        }
        if (branch && fullMembers >= FULL_MEMBERS_FOR_BRANCH_COMMITTEE && committee < MIN_BRANCH_COMMITTEE) {
            warnings.add(new Warning("branch-committee-needed", "正式党员 7 人以上的党支部应设立支部委员会（3 至 5 人）。"
                    + " A branch of 7 or more full members elects a committee of 3 to 5.", committee));
        }
        if (branch && committee > MAX_BRANCH_COMMITTEE) {
            warnings.add(new Warning("branch-committee-too-large", "支部委员会一般不超过 7 人。"
                    + " A branch committee has at most 7 members.", committee));
        }
        if (branch && fullMembers < FULL_MEMBERS_FOR_BRANCH_COMMITTEE && committee > 1) {
            warnings.add(new Warning("secretary-only", "正式党员不足 7 人的党支部不设支部委员会，只设书记（可设副书记）。"
                    + " A branch of fewer than 7 full members has a secretary, not a committee.", committee));
        }
        return warnings;
    }

    /** One rule the organisation does not meet: a stable code, a message in Chinese and English, the figure. */
    public record Warning(String code, String message, long actual) {
    }
}
