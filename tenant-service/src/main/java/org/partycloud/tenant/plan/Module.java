package org.partycloud.tenant.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A feature area a tenant can switch on, such as {@code affairs.meetings} (三会一课). */
@Entity
@Table(schema = "platform", name = "module")
public class Module {

    @Id
    @Column(name = "module_key")
    private String key;
    private String platform;
    private String name;
    private String nameEn;
    private int position;

    protected Module() {
    }

    public String key() {
        return key;
    }

    public String platform() {
        return platform;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public int position() {
        return position;
    }
}
