package org.partycloud.affairs.access;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The members' logins of the tenant in context. */
interface MemberLogins extends JpaRepository<MemberLogin, UUID>, JpaSpecificationExecutor<MemberLogin> {

    /** Usernames taken by this tenant's members that start with the proposal, to number a namesake. */
    @Query("SELECT l.username FROM MemberLogin l WHERE l.username LIKE CONCAT(:prefix, '%')")
    List<String> usernamesStartingWith(@Param("prefix") String prefix);

    /** The stored pinyin of the members' names (the archive's own reading of surnames), by member id. */
    @Query(value = "SELECT CAST(id AS varchar), name_pinyin FROM member WHERE id IN (:ids)", nativeQuery = true)
    List<Object[]> namePinyinOf(@Param("ids") List<UUID> ids);
}
