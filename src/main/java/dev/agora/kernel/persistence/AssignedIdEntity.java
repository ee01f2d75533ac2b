package dev.agora.kernel.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is assigned by the application, not the database. Spring Data cannot tell such an entity is new
 * from its id, so it would merge it (a SELECT before the INSERT); the subclass says so instead by calling
 * {@link #markUnsaved()} in the constructor that builds a new one. Loaded or stored entities are not new.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

    @Transient
    private boolean unsaved;

    /** For a constructor building an entity that is not stored yet. */
    protected final void markUnsaved() {
        unsaved = true;
    }

    @Override
    public boolean isNew() {
        return unsaved;
    }

    @PostPersist
    @PostLoad
    protected void stored() {
        unsaved = false;
    }
}
