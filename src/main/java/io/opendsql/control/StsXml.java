package io.opendsql.control;

import io.opendsql.auth.AssumedRole;
import io.opendsql.auth.IamIdentity;
import java.time.temporal.ChronoUnit;

/** The XML bodies of STS's query protocol (namespace {@value #NAMESPACE}). */
final class StsXml {
    static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private StsXml() {
    }

    static String assumeRole(AssumedRole assumed, String requestId) {
        return "<AssumeRoleResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <AssumeRoleResult>\n"
                + "    <AssumedRoleUser>\n"
                + element(6, "AssumedRoleId", assumed.assumedRoleId())
                + element(6, "Arn", assumed.assumedRoleArn())
                + "    </AssumedRoleUser>\n"
                + "    <Credentials>\n"
                + element(6, "AccessKeyId", assumed.credentials().accessKeyId())
                + element(6, "SecretAccessKey", assumed.credentials().secretAccessKey())
                + element(6, "SessionToken", assumed.credentials().sessionToken())
                + element(6, "Expiration", assumed.expiration().truncatedTo(ChronoUnit.MILLIS).toString())
                + "    </Credentials>\n"
                + "  </AssumeRoleResult>\n"
                + metadata(requestId)
                + "</AssumeRoleResponse>\n";
    }

    static String callerIdentity(IamIdentity caller, String requestId) {
        return "<GetCallerIdentityResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <GetCallerIdentityResult>\n"
                + element(4, "Arn", caller.arn())
                + element(4, "UserId", caller.userId())
                + element(4, "Account", caller.accountId())
                + "  </GetCallerIdentityResult>\n"
                + metadata(requestId)
                + "</GetCallerIdentityResponse>\n";
    }

    static String error(StsException e, String requestId) {
        return "<ErrorResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <Error>\n"
                + element(4, "Type", e.httpStatus() >= 500 ? "Receiver" : "Sender")
                + element(4, "Code", e.code())
                + element(4, "Message", e.getMessage())
                + "  </Error>\n"
                + element(2, "RequestId", requestId)
                + "</ErrorResponse>\n";
    }

    private static String metadata(String requestId) {
        return "  <ResponseMetadata>\n" + element(4, "RequestId", requestId) + "  </ResponseMetadata>\n";
    }

    private static String element(int indent, String name, String value) {
        return " ".repeat(indent) + "<" + name + ">" + escape(value) + "</" + name + ">\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '?' : c);
            }
        }
        return out.toString();
    }
}
