/**
 * TLS material for the server: a local CA and server certificate generated on first start and kept as PEM
 * under the data directory ({@link io.opendsql.tls.TlsMaterial#generated}), or an operator-supplied chain
 * and key ({@link io.opendsql.tls.TlsMaterial#fromPem}), and the {@link javax.net.ssl.SSLContext} built
 * from either.
 */
package io.opendsql.tls;
