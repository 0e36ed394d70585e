package io.opendsql.sql.types;

import java.util.Arrays;

/**
 * An inet value: an IPv4 (4 bytes) or IPv6 (16 bytes) address and a netmask length. Host bits
 * may be set, as inet allows.
 */
public record Inet(byte[] address, int bits) implements Comparable<Inet> {
    public Inet {
        if (address.length != 4 && address.length != 16) {
            throw new IllegalArgumentException("address must have 4 or 16 bytes");
        }
        if (bits < 0 || bits > address.length * 8) {
            throw new IllegalArgumentException("bad netmask length " + bits);
        }
        address = address.clone();
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    public boolean isIpv4() {
        return address.length == 4;
    }

    public static Inet parse(String input) {
        String text = input;
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        byte[] address = host.indexOf(':') >= 0 ? ipv6(host, input) : ipv4(host, input);
        int bits = address.length * 8;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw Errors.invalidSyntax("inet", input);
            }
            bits = Integer.parseInt(digits);
            if (bits > address.length * 8) {
                throw Errors.invalidSyntax("inet", input);
            }
        }
        return new Inet(address, bits);
    }

    private static byte[] ipv4(String host, String input) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            throw Errors.invalidSyntax("inet", input);
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw Errors.invalidSyntax("inet", input);
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                throw Errors.invalidSyntax("inet", input);
            }
            out[i] = (byte) value;
        }
        return out;
    }

    private static byte[] ipv6(String host, String input) {
        byte[] out = new byte[16];
        int gap = -1;
        int[] words = new int[8];
        int count = 0;
        int i = 0;
        int n = host.length();
        if (host.startsWith("::")) {
            gap = 0;
            i = 2;
        } else if (host.startsWith(":")) {
            throw Errors.invalidSyntax("inet", input);
        }
        byte[] tailV4 = null;
        while (i < n) {
            int start = i;
            while (i < n && Character.digit(host.charAt(i), 16) >= 0 && host.charAt(i) < 128) {
                i++;
            }
            if (i < n && host.charAt(i) == '.') {
                tailV4 = ipv4(host.substring(start), input);
                i = n;
                break;
            }
            if (i == start || i - start > 4 || count >= 8) {
                throw Errors.invalidSyntax("inet", input);
            }
            words[count++] = Integer.parseInt(host.substring(start, i), 16);
            if (i == n) {
                break;
            }
            if (host.charAt(i) != ':') {
                throw Errors.invalidSyntax("inet", input);
            }
            i++;
            if (i < n && host.charAt(i) == ':') {
                if (gap >= 0) {
                    throw Errors.invalidSyntax("inet", input);
                }
                gap = count;
                i++;
            } else if (i == n) {
                throw Errors.invalidSyntax("inet", input);
            }
        }
        int total = count + (tailV4 == null ? 0 : 2);
        if (total > 8 || (gap < 0 && total != 8) || (gap >= 0 && total == 8)) {
            throw Errors.invalidSyntax("inet", input);
        }
        int[] full = new int[8];
        if (tailV4 != null) {
            words[count++] = ((tailV4[0] & 0xff) << 8) | (tailV4[1] & 0xff);
            words[count++] = ((tailV4[2] & 0xff) << 8) | (tailV4[3] & 0xff);
        }
        if (gap < 0) {
            System.arraycopy(words, 0, full, 0, 8);
        } else {
            System.arraycopy(words, 0, full, 0, gap);
            System.arraycopy(words, gap, full, 8 - (count - gap), count - gap);
        }
        for (int w = 0; w < 8; w++) {
            out[2 * w] = (byte) (full[w] >> 8);
            out[2 * w + 1] = (byte) full[w];
        }
        return out;
    }

    /** inet_out: the address, then /bits unless it covers the whole address. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (isIpv4()) {
            for (int i = 0; i < 4; i++) {
                if (i > 0) {
                    out.append('.');
                }
                out.append(address[i] & 0xff);
            }
        } else {
            appendIpv6(out);
        }
        if (bits != address.length * 8) {
            out.append('/').append(bits);
        }
        return out.toString();
    }

    private void appendIpv6(StringBuilder out) {
        int[] words = new int[8];
        for (int w = 0; w < 8; w++) {
            words[w] = ((address[2 * w] & 0xff) << 8) | (address[2 * w + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLength = 0;
        int currentBase = -1;
        int currentLength = 0;
        for (int w = 0; w < 8; w++) {
            if (words[w] == 0) {
                if (currentBase < 0) {
                    currentBase = w;
                    currentLength = 1;
                } else {
                    currentLength++;
                }
            } else if (currentBase >= 0) {
                if (bestBase < 0 || currentLength > bestLength) {
                    bestBase = currentBase;
                    bestLength = currentLength;
                }
                currentBase = -1;
            }
        }
        if (currentBase >= 0 && (bestBase < 0 || currentLength > bestLength)) {
            bestBase = currentBase;
            bestLength = currentLength;
        }
        if (bestBase >= 0 && bestLength < 2) {
            bestBase = -1;
        }
        for (int w = 0; w < 8; w++) {
            if (bestBase >= 0 && w >= bestBase && w < bestBase + bestLength) {
                if (w == bestBase) {
                    out.append(':');
                }
                continue;
            }
            if (w != 0) {
                out.append(':');
            }
            if (w == 6 && bestBase == 0 && (bestLength == 6 || (bestLength == 5 && words[5] == 0xffff))) {
                out.append(address[12] & 0xff).append('.').append(address[13] & 0xff).append('.')
                        .append(address[14] & 0xff).append('.').append(address[15] & 0xff);
                break;
            }
            out.append(Integer.toHexString(words[w]));
        }
        if (bestBase >= 0 && bestBase + bestLength == 8) {
            out.append(':');
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Inet i && bits == i.bits && Arrays.equals(address, i.address);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(address) * 31 + bits;
    }

    /** network_cmp: family, then the network part, then the netmask, then the whole address. */
    @Override
    public int compareTo(Inet other) {
        if (address.length != other.address.length) {
            return Integer.compare(address.length, other.address.length);
        }
        int common = Math.min(bits, other.bits);
        int order = compareBits(address, other.address, common);
        if (order != 0) {
            return order;
        }
        if (bits != other.bits) {
            return Integer.compare(bits, other.bits);
        }
        return compareBits(address, other.address, address.length * 8);
    }

    private static int compareBits(byte[] a, byte[] b, int bits) {
        int bytes = bits / 8;
        for (int i = 0; i < bytes; i++) {
            int c = Integer.compare(a[i] & 0xff, b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        int rest = bits % 8;
        if (rest > 0) {
            int mask = (0xff << (8 - rest)) & 0xff;
            return Integer.compare(a[bytes] & mask, b[bytes] & mask);
        }
        return 0;
    }
}
