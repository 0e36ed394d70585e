package io.opendsql.control;

/**
 * A cluster's status, the API's {@code ClusterStatus} enum. OpenDSQL moves clusters through
 * {@code CREATING → ACTIVE}, {@code UPDATING → ACTIVE}, {@code DELETING → DELETED} (then forgets them),
 * and keeps multi-Region clusters {@code PENDING_SETUP} until they have a peer. {@code IDLE},
 * {@code INACTIVE}, {@code FAILED} and {@code PENDING_DELETE} are read from cluster files but never
 * entered by OpenDSQL itself (a local cluster does not scale to zero).
 */
public enum ClusterStatus {
    CREATING,
    ACTIVE,
    IDLE,
    INACTIVE,
    UPDATING,
    DELETING,
    DELETED,
    FAILED,
    PENDING_SETUP,
    PENDING_DELETE;

    /** True when connections are admitted: the cluster is running (possibly while being updated). */
    public boolean acceptsConnections() {
        return this == ACTIVE || this == UPDATING || this == IDLE;
    }

    /** True when the cluster is being or has been deleted; it no longer answers to its name. */
    public boolean gone() {
        return this == DELETING || this == DELETED || this == PENDING_DELETE;
    }
}
