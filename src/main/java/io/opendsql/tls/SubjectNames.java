package io.opendsql.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * The subject alternative names of a server certificate: DNS names (lower case) and IP addresses
 * (normalized), in order, without duplicates.
 */
public record SubjectNames(List<Entry> entries) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;

    /** One subject alternative name. */
    public record Entry(boolean ipAddress, String value) {
        GeneralName toGeneralName() {
            return new GeneralName(ipAddress ? GeneralName.iPAddress : GeneralName.dNSName, value);
        }
    }

    public SubjectNames {
        entries = List.copyOf(new LinkedHashSet<>(entries));
    }

    /**
     * The names a generated server certificate carries: {@code localhost}, {@code 127.0.0.1}, {@code ::1},
     * {@code *.dsql.<region>.on.aws}, then {@code extraNames} (host names or IP literals).
     */
    public static SubjectNames standard(String region, Collection<String> extraNames) {
        List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1",
                "*.dsql." + region.toLowerCase(Locale.ROOT) + ".on.aws"));
        names.addAll(extraNames);
        return new SubjectNames(names.stream().map(SubjectNames::parse).toList());
    }

    /** The names a certificate carries. */
    public static SubjectNames of(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return new SubjectNames(List.of());
            }
            return new SubjectNames(names.stream()
                    .filter(name -> name.get(0) instanceof Integer type && (type == SAN_DNS || type == SAN_IP))
                    .map(name -> parse((String) name.get(1)))
                    .toList());
        } catch (CertificateParsingException e) {
            return new SubjectNames(List.of());
        }
    }

    /** True when both hold the same names, in any order. */
    public boolean sameNames(SubjectNames other) {
        return Set.copyOf(entries).equals(Set.copyOf(other.entries));
    }

    String commonName() {
        return entries.stream().filter(entry -> !entry.ipAddress()).map(Entry::value).findFirst()
                .orElse("OpenDSQL Server");
    }

    static Entry parse(String name) {
        String trimmed = name.trim();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        if (trimmed.contains(":") || IPV4.matcher(trimmed).matches()) {
            try {
                // a literal address: getByName parses it without a DNS lookup
                return new Entry(true, InetAddress.getByName(trimmed).getHostAddress());
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address: " + name, e);
            }
        }
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty certificate name");
        }
        return new Entry(false, trimmed.toLowerCase(Locale.ROOT));
    }
}
