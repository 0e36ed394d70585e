package io.opendsql.auth;

import java.util.Optional;

/** Finds the signing secret (and session token, for temporary credentials) of an access key id. */
@FunctionalInterface
public interface CredentialLookup {
    /** The credential with this id, or empty when the key is unknown or disabled. */
    Optional<SigningCredential> find(String accessKeyId);
}
