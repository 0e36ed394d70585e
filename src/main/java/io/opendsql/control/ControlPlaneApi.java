package io.opendsql.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opendsql.auth.IamIdentity;
import io.opendsql.auth.SigV4;
import io.opendsql.control.ApiAuthorizer.Context;
import io.opendsql.control.ApiException.ValidationReason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DSQL API operations over the cluster registry: routes a request by method and path (the service
 * model's URIs), reads and checks its members, authorizes the caller for {@code dsql:<Operation>} on the
 * cluster ARN, runs the operation and renders its output.
 */
public final class ControlPlaneApi {
    private final ClusterRegistry registry;
    private final ApiAuthorizer authorizer;

    /** One request after authentication. */
    public record Request(String method, String rawPath, List<Map.Entry<String, String>> query, byte[] body,
                          IamIdentity caller) {
    }

    public ControlPlaneApi(ClusterRegistry registry, java.time.Clock clock) {
        this.registry = registry;
        this.authorizer = new ApiAuthorizer(registry.region(), registry.accountId(), clock);
    }

    /** Runs one operation; throws ApiException for every refusal. */
    public ObjectNode handle(Request request) {
        List<String> path = segments(request.rawPath());
        String method = request.method();
        if (path.size() >= 1 && path.getFirst().equals("cluster")) {
            if (path.size() == 1) {
                return switch (method) {
                    case "POST" -> createCluster(request);
                    case "GET" -> listClusters(request);
                    default -> throw unknownOperation(request);
                };
            }
            String id = path.get(1);
            if (path.size() == 2) {
                return switch (method) {
                    case "GET" -> getCluster(request, id);
                    case "POST" -> updateCluster(request, id);
                    case "DELETE" -> deleteCluster(request, id);
                    default -> throw unknownOperation(request);
                };
            }
            if (path.size() == 3 && path.get(2).equals("policy")) {
                return switch (method) {
                    case "GET" -> getClusterPolicy(request, id);
                    case "POST" -> putClusterPolicy(request, id);
                    case "DELETE" -> deleteClusterPolicy(request, id);
                    default -> throw unknownOperation(request);
                };
            }
        }
        if (path.size() == 3 && path.get(0).equals("clusters") && path.get(2).equals("vpc-endpoint-service-name")
                && method.equals("GET")) {
            return getVpcEndpointServiceName(request, path.get(1));
        }
        if (path.size() == 2 && path.getFirst().equals("tags")) {
            return switch (method) {
                case "GET" -> listTagsForResource(request, path.get(1));
                case "POST" -> tagResource(request, path.get(1));
                case "DELETE" -> untagResource(request, path.get(1));
                default -> throw unknownOperation(request);
            };
        }
        throw unknownOperation(request);
    }

    private ObjectNode createCluster(Request request) {
        RequestFields fields = RequestFields.parse(request.body());
        Boolean deletionProtection = fields.bool("deletionProtectionEnabled");
        String kmsKey = fields.string("kmsEncryptionKey");
        Map<String, String> tags = fields.stringMap("tags");
        String clientToken = fields.string("clientToken");
        MultiRegionProperties multiRegion = fields.multiRegionProperties("multiRegionProperties");
        String policy = fields.string("policy");
        fields.bool("bypassPolicyLockoutSafetyCheck");
        fields.checkKmsKey("kmsEncryptionKey", kmsKey);
        fields.checkTags("tags", tags);
        fields.checkClientToken("clientToken", clientToken);
        fields.checkPolicy("policy", policy);
        fields.throwIfInvalid();
        IamIdentity caller = request.caller();
        String resource = authorizer.anyCluster();
        Map<String, String> requestTags = tags == null ? Map.of() : tags;
        authorizer.require(caller, "dsql:CreateCluster", resource, new Context(Map.of(), requestTags, null));
        if (!requestTags.isEmpty()) {
            authorizer.require(caller, "dsql:TagResource", resource, new Context(Map.of(), requestTags, null));
        }
        authorizeMultiRegion(caller, resource, multiRegion);
        if (policy != null) {
            authorizer.require(caller, "dsql:PutClusterPolicy", resource, Context.EMPTY);
        }
        ManagedCluster cluster = registry.create(new ClusterRequests.Create(deletionProtection, kmsKey, tags,
                clientToken, multiRegion, policy));
        return ClusterJson.created(cluster);
    }

    private void authorizeMultiRegion(IamIdentity caller, String resource, MultiRegionProperties multiRegion) {
        if (multiRegion == null) {
            return;
        }
        authorizer.require(caller, "dsql:PutMultiRegionProperties", resource, Context.EMPTY);
        if (multiRegion.witnessRegion() != null) {
            authorizer.require(caller, "dsql:PutWitnessRegion", resource,
                    new Context(Map.of(), Map.of(), multiRegion.witnessRegion()));
        }
        for (String peer : multiRegion.peers()) {
            authorizer.require(caller, "dsql:AddPeerCluster", peer, Context.EMPTY);
        }
    }

    private ObjectNode listClusters(Request request) {
        String maxResultsText = queryValue(request, "max-results");
        String nextToken = queryValue(request, "next-token");
        RequestFields fields = RequestFields.none();
        Integer maxResults = null;
        if (maxResultsText != null) {
            try {
                maxResults = Integer.parseInt(maxResultsText);
            } catch (NumberFormatException e) {
                throw ApiException.validation(ValidationReason.CANNOT_PARSE, "Cannot parse max-results '"
                        + maxResultsText + "' as an integer.", List.of(new ApiException.FieldProblem("maxResults",
                        "must be an integer")));
            }
            fields.check(maxResults >= 1 && maxResults <= 100, "maxResults", maxResultsText,
                    "Member must have value between 1 and 100");
        }
        fields.throwIfInvalid();
        authorizer.require(request.caller(), "dsql:ListClusters", authorizer.anyCluster(), Context.EMPTY);
        List<ManagedCluster> all = registry.list();
        int start = 0;
        if (nextToken != null) {
            start = startAfter(all, nextToken);
        }
        int limit = maxResults == null ? 100 : maxResults;
        int end = Math.min(all.size(), start + limit);
        ObjectNode out = ClusterJson.JSON.createObjectNode();
        ArrayNode clusters = out.putArray("clusters");
        for (ManagedCluster cluster : all.subList(start, end)) {
            clusters.addObject().put("identifier", cluster.id()).put("arn", cluster.arn());
        }
        if (end < all.size()) {
            ManagedCluster last = all.get(end - 1);
            String position = last.creationTime().toEpochMilli() + ":" + last.id();
            out.put("nextToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(position.getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /**
     * The index of the first cluster after the position a next-token names: the creation time and id of
     * the last cluster of the previous page (the list's order), so clusters deleted meanwhile do not matter.
     */
    private static int startAfter(List<ManagedCluster> all, String token) {
        String[] position;
        try {
            position = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", 2);
        } catch (IllegalArgumentException e) {
            position = new String[0];
        }
        long createdMillis;
        try {
            createdMillis = position.length == 2 && ClusterIds.valid(position[1]) ? Long.parseLong(position[0]) : -1;
        } catch (NumberFormatException e) {
            createdMillis = -1;
        }
        if (createdMillis < 0) {
            throw ApiException.validation(ValidationReason.FIELD_VALIDATION_FAILED, "Invalid next-token.",
                    List.of(new ApiException.FieldProblem("nextToken", "is not a token this service returned")));
        }
        for (int i = 0; i < all.size(); i++) {
            ManagedCluster cluster = all.get(i);
            long created = cluster.creationTime().toEpochMilli();
            if (created > createdMillis || (created == createdMillis && cluster.id().compareTo(position[1]) > 0)) {
                return i;
            }
        }
        return all.size();
    }

    /** GetCluster still answers for a DELETED cluster until the registry forgets it. */
    private ObjectNode getCluster(Request request, String id) {
        checkId(id);
        authorizeOnCluster(request, "dsql:GetCluster", id);
        return ClusterJson.described(registry.find(id).orElseThrow(() -> ApiException.clusterNotFound(id)));
    }

    private ObjectNode updateCluster(Request request, String id) {
        RequestFields fields = RequestFields.parse(request.body());
        fields.checkClusterId("identifier", id);
        Boolean deletionProtection = fields.bool("deletionProtectionEnabled");
        String kmsKey = fields.string("kmsEncryptionKey");
        String clientToken = fields.string("clientToken");
        MultiRegionProperties multiRegion = fields.multiRegionProperties("multiRegionProperties");
        fields.checkKmsKey("kmsEncryptionKey", kmsKey);
        fields.checkClientToken("clientToken", clientToken);
        fields.throwIfInvalid();
        ManagedCluster current = authorizeOnCluster(request, "dsql:UpdateCluster", id);
        if (multiRegion != null) {
            authorizer.require(request.caller(), "dsql:PutMultiRegionProperties", arnOf(id), resourceContext(current));
            if (multiRegion.witnessRegion() != null) {
                authorizer.require(request.caller(), "dsql:PutWitnessRegion", arnOf(id),
                        new Context(current == null ? Map.of() : current.tags(), Map.of(), multiRegion.witnessRegion()));
            }
            List<String> before = current == null || current.multiRegion() == null ? List.of()
                    : current.multiRegion().peers();
            for (String peer : multiRegion.peers()) {
                if (!before.contains(peer)) {
                    authorizer.require(request.caller(), "dsql:AddPeerCluster", peer, Context.EMPTY);
                }
            }
            if (multiRegion.clusters() != null) {
                for (String peer : before) {
                    if (!multiRegion.clusters().contains(peer)) {
                        authorizer.require(request.caller(), "dsql:RemovePeerCluster", peer, Context.EMPTY);
                    }
                }
            }
        }
        ManagedCluster cluster = registry.update(id, new ClusterRequests.Update(deletionProtection, kmsKey,
                clientToken, multiRegion));
        return ClusterJson.summary(cluster);
    }

    private ObjectNode deleteCluster(Request request, String id) {
        String clientToken = queryValue(request, "client-token");
        RequestFields fields = RequestFields.none();
        fields.checkClusterId("identifier", id);
        fields.checkClientToken("clientToken", clientToken);
        fields.throwIfInvalid();
        authorizeOnCluster(request, "dsql:DeleteCluster", id);
        return ClusterJson.summary(registry.delete(id, clientToken));
    }

    private ObjectNode getClusterPolicy(Request request, String id) {
        checkId(id);
        authorizeOnCluster(request, "dsql:GetClusterPolicy", id);
        ManagedCluster cluster = existing(id);
        if (cluster.policy() == null) {
            throw ClusterRegistry.policyNotFound(id);
        }
        ObjectNode out = ClusterJson.JSON.createObjectNode();
        out.put("policy", cluster.policy());
        out.put("policyVersion", Long.toString(cluster.policyVersion()));
        return out;
    }

    private ObjectNode putClusterPolicy(Request request, String id) {
        RequestFields fields = RequestFields.parse(request.body());
        fields.checkClusterId("identifier", id);
        String policy = fields.string("policy");
        String expectedVersion = fields.string("expectedPolicyVersion");
        String clientToken = fields.string("clientToken");
        fields.bool("bypassPolicyLockoutSafetyCheck");
        fields.check(policy != null, "policy", null, "Member must not be null");
        fields.checkPolicy("policy", policy);
        fields.checkClientToken("clientToken", clientToken);
        fields.throwIfInvalid();
        authorizeOnCluster(request, "dsql:PutClusterPolicy", id);
        ManagedCluster cluster = registry.putPolicy(id, new ClusterRequests.PutPolicy(policy, expectedVersion,
                clientToken));
        ObjectNode out = ClusterJson.JSON.createObjectNode();
        out.put("policyVersion", Long.toString(cluster.policyVersion()));
        return out;
    }

    private ObjectNode deleteClusterPolicy(Request request, String id) {
        String expectedVersion = queryValue(request, "expected-policy-version");
        String clientToken = queryValue(request, "client-token");
        RequestFields fields = RequestFields.none();
        fields.checkClusterId("identifier", id);
        fields.checkClientToken("clientToken", clientToken);
        fields.throwIfInvalid();
        authorizeOnCluster(request, "dsql:DeleteClusterPolicy", id);
        ObjectNode out = ClusterJson.JSON.createObjectNode();
        out.put("policyVersion", registry.deletePolicy(id, expectedVersion, clientToken));
        return out;
    }

    private ObjectNode getVpcEndpointServiceName(Request request, String id) {
        checkId(id);
        authorizeOnCluster(request, "dsql:GetVpcEndpointServiceName", id);
        ManagedCluster cluster = existing(id);
        String suffix = SigV4.sha256Hex(cluster.accountId() + "/" + cluster.region()).substring(0, 6);
        ObjectNode out = ClusterJson.JSON.createObjectNode();
        out.put("serviceName", "com.amazonaws." + cluster.region() + ".dsql-" + suffix);
        out.put("clusterVpcEndpoint", cluster.endpoint());
        return out;
    }

    private ObjectNode listTagsForResource(Request request, String arn) {
        String id = clusterIdOfArn(arn);
        authorizeOnCluster(request, "dsql:ListTagsForResource", id);
        ObjectNode out = ClusterJson.JSON.createObjectNode();
        out.set("tags", ClusterJson.tags(existingByArn(arn).tags()));
        return out;
    }

    private ObjectNode tagResource(Request request, String arn) {
        RequestFields fields = RequestFields.parse(request.body());
        Map<String, String> tags = fields.stringMap("tags");
        fields.check(tags != null, "tags", null, "Member must not be null");
        fields.checkTags("tags", tags);
        fields.throwIfInvalid();
        String id = clusterIdOfArn(arn);
        ManagedCluster current = registry.findByArn(arn).orElse(null);
        authorizer.require(request.caller(), "dsql:TagResource", arn,
                new Context(current == null ? Map.of() : current.tags(), tags, null));
        existingByArn(arn);
        registry.tag(id, tags);
        return ClusterJson.JSON.createObjectNode();
    }

    private ObjectNode untagResource(Request request, String arn) {
        Set<String> keys = new LinkedHashSet<>();
        boolean given = false;
        for (Map.Entry<String, String> parameter : request.query()) {
            if (parameter.getKey().equals("tagKeys")) {
                given = true;
                keys.add(parameter.getValue());
            }
        }
        RequestFields fields = RequestFields.none();
        fields.check(given, "tagKeys", null, "Member must not be null");
        fields.check(keys.size() <= ClusterRegistry.MAX_TAGS, "tagKeys", null, "Member must have at most 200 items");
        for (String key : keys) {
            fields.checkTagKey("tagKeys", key);
        }
        fields.throwIfInvalid();
        String id = clusterIdOfArn(arn);
        authorizeOnCluster(request, "dsql:UntagResource", id);
        existingByArn(arn);
        registry.untag(id, keys);
        return ClusterJson.JSON.createObjectNode();
    }

    /** Authorizes an operation on one cluster; returns the cluster when it exists. */
    private ManagedCluster authorizeOnCluster(Request request, String action, String id) {
        ManagedCluster cluster = registry.find(id).filter(c -> c.status() != ClusterStatus.DELETED).orElse(null);
        authorizer.require(request.caller(), action, arnOf(id), resourceContext(cluster));
        return cluster;
    }

    private static Context resourceContext(ManagedCluster cluster) {
        return Context.resource(cluster == null ? Map.of() : cluster.tags());
    }

    private String arnOf(String id) {
        return ManagedCluster.arn(registry.region(), registry.accountId(), id);
    }

    private ManagedCluster existing(String id) {
        return registry.find(id).filter(c -> c.status() != ClusterStatus.DELETED)
                .orElseThrow(() -> ApiException.clusterNotFound(id));
    }

    private ManagedCluster existingByArn(String arn) {
        Optional<ManagedCluster> cluster = registry.findByArn(arn).filter(c -> c.status() != ClusterStatus.DELETED);
        return cluster.orElseThrow(() -> ApiException.notFound("cluster", arn, "Resource not found: " + arn));
    }

    /** The cluster id of an ARN given as resourceArn; an ARN of anything else is not found. */
    private static String clusterIdOfArn(String arn) {
        RequestFields fields = RequestFields.none();
        fields.check(arn.length() >= 1 && arn.length() <= 1011 && arn.startsWith("arn:"), "resourceArn", arn,
                "Member must satisfy regular expression pattern: arn:.+");
        fields.throwIfInvalid();
        if (!RequestFields.CLUSTER_ARN.matcher(arn).matches()) {
            throw ApiException.notFound("cluster", arn, "Resource not found: " + arn);
        }
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    private static void checkId(String id) {
        RequestFields fields = RequestFields.none();
        fields.checkClusterId("identifier", id);
        fields.throwIfInvalid();
    }

    private static String queryValue(Request request, String name) {
        for (Map.Entry<String, String> parameter : request.query()) {
            if (parameter.getKey().equals(name)) {
                return parameter.getValue();
            }
        }
        return null;
    }

    private static ApiException unknownOperation(Request request) {
        return ApiException.validation(ValidationReason.UNKNOWN_OPERATION, "No operation matches "
                + request.method() + " " + request.rawPath() + ".", List.of());
    }

    /** The path's segments, percent-decoded; empty segments dropped. */
    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(HttpSignature.percentDecode(segment));
            }
        }
        return segments;
    }
}
