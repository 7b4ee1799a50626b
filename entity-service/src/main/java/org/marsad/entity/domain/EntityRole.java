package org.marsad.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A title a person holds (for an organization), from the knowledge base or stated by an article. */
@Entity
@Table(name = "entity_role")
public class EntityRole extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(nullable = false)
    public String title;

    @Column(name = "organization_id")
    public Long organizationId;

    /** Null for knowledge-base roles. */
    @Column(name = "article_id")
    public String articleId;

    @Column(name = "start_offset")
    public Integer start;

    @Column(name = "end_offset")
    public Integer end;

    public String evidence;
}
