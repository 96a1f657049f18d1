package org.partycloud.tenant.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/** A subscription plan: the modules a tenant on it may switch on. */
@Entity
@Table(schema = "platform", name = "plan")
public class Plan {

    @Id
    @Column(name = "plan_key")
    private String key;
    private String name;
    private String nameEn;
    private String description;
    private int position;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(schema = "platform", name = "plan_module", joinColumns = @JoinColumn(name = "plan_key"),
            inverseJoinColumns = @JoinColumn(name = "module_key"))
    private Set<Module> modules;

    protected Plan() {
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public String description() {
        return description;
    }

    public int position() {
        return position;
    }

    /** The plan's modules in catalogue order. */
    public List<Module> modules() {
        return modules.stream().sorted(Comparator.comparingInt(Module::position)).toList();
    }

    public Set<String> moduleKeys() {
        Set<String> keys = new TreeSet<>();
        modules.forEach(m -> keys.add(m.key()));
        return keys;
    }

    public boolean includes(String moduleKey) {
        return modules.stream().anyMatch(m -> m.key().equals(moduleKey));
    }
}
