package org.marsad.entity.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.entity.domain.EntityRole;

import java.util.Collection;
import java.util.List;

/** Titles people hold. */
@ApplicationScoped
public class RoleRepository implements PanacheRepository<EntityRole> {

    public List<EntityRole> findByPeople(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : list("personId in ?1 order by personId, id", personIds);
    }

    public boolean hasKnowledgeBaseRole(Long personId, String title, Long organizationId) {
        // "= null" matches nothing in SQL: a role without organization needs "is null", or every start adds it again.
        return organizationId == null
                ? count("personId = ?1 and title = ?2 and articleId is null and organizationId is null", personId, title) > 0
                : count("personId = ?1 and title = ?2 and articleId is null and organizationId = ?3", personId, title, organizationId) > 0;
    }

    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
