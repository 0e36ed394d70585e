/**
 * IAM for OpenDSQL: the local IAM store, DSQL auth tokens, policies, role sessions and the connection
 * check.
 *
 * <ul>
 * <li>{@link io.opendsql.auth.IamStore}: the installation's account, users, roles, access keys (long-term
 *     {@code AKIA...}, temporary {@code ASIA...} with a session token), inline policies and tags, kept in
 *     {@code <dataDir>/iam/iam.json} and shared safely with the {@code opendsql iam} command.
 * <li>{@link io.opendsql.auth.IamIdentity}: who signed: a user, or a session of a role. Policies, tags and
 *     database-role mappings belong to the user or role ARN; the session is named by its assumed-role ARN.
 * <li>{@link io.opendsql.auth.RoleSessions}: STS {@code AssumeRole} (trust: any principal of the account
 *     whose policies allow {@code sts:AssumeRole} on the role).
 * <li>{@link io.opendsql.auth.TokenSigner} and {@link io.opendsql.auth.TokenVerifier}: DSQL auth tokens
 *     (SigV4 presigned URLs), byte-identical to the AWS SDKs' and checked as DSQL does (spec section 2.2).
 * <li>{@link io.opendsql.auth.PolicyDocument} and {@link io.opendsql.auth.PolicyEvaluator}: identity
 *     policies evaluated as AWS does (explicit Deny wins, default deny, wildcards, conditions).
 * <li>{@link io.opendsql.auth.ConnectAuthenticator}: the whole check of one connection attempt. A
 *     refusal is an {@link io.opendsql.auth.AccessDeniedException} whose reason is for the audit log
 *     only and never holds a token, secret, session token or signature.
 * </ul>
 */
package io.opendsql.auth;
