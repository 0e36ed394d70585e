// Drives OpenDSQL's DSQL API with the AWS SDK for JavaScript v3 (@aws-sdk/client-dsql): the cluster
// lifecycle with the SDK's waiters, tags, pagination and the error shapes. Settings come from the
// environment: OPENDSQL_API_ENDPOINT (https://localhost:<port>), AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY,
// AWS_REGION, and NODE_EXTRA_CA_CERTS (the server's CA). Prints one line per step; exits 1 on the first
// failed check.
'use strict';

const {
    DSQLClient, CreateClusterCommand, GetClusterCommand, UpdateClusterCommand, DeleteClusterCommand,
    TagResourceCommand, ListTagsForResourceCommand, UntagResourceCommand, paginateListClusters,
    waitUntilClusterActive, waitUntilClusterNotExists, ValidationException, ResourceNotFoundException,
} = require('@aws-sdk/client-dsql');

const endpoint = process.env.OPENDSQL_API_ENDPOINT;
const region = process.env.AWS_REGION || 'us-east-1';
const client = new DSQLClient({ endpoint, region });
const waitOptions = { client, maxWaitTime: 60, minDelay: 1, maxDelay: 1 };

function check(condition, message) {
    if (!condition) {
        throw new Error('check failed: ' + message);
    }
}

async function expectError(promise, type, describe) {
    try {
        await promise;
    } catch (e) {
        const matches = typeof type === 'string' ? e.name === type : e instanceof type;
        check(matches, describe + ': expected ' + (type.name || type) + ', got ' + e.name + ' ' + e.message);
        console.log('ok ' + describe + ' -> ' + e.name + ' (' + e.$metadata.httpStatusCode + ')');
        return e;
    }
    throw new Error('check failed: ' + describe + ' succeeded');
}

async function main() {
    const created = await client.send(new CreateClusterCommand({
        deletionProtectionEnabled: false, tags: { env: 'node', team: 'control' } }));
    const id = created.identifier;
    check(/^[a-z0-9]{26}$/.test(id), 'identifier ' + id);
    check(created.status === 'CREATING', 'status after create ' + created.status);
    check(created.endpoint === id + '.dsql.' + region + '.on.aws', 'endpoint ' + created.endpoint);
    check(created.creationTime instanceof Date, 'creationTime is a Date');
    check(created.encryptionDetails.encryptionType === 'AWS_OWNED_KMS_KEY', 'encryption type');
    console.log('ok created ' + id + ' ' + created.status);

    const active = await waitUntilClusterActive(waitOptions, { identifier: id });
    check(active.state === 'SUCCESS', 'waiter state ' + active.state);
    const got = await client.send(new GetClusterCommand({ identifier: id }));
    check(got.status === 'ACTIVE', 'status ' + got.status);
    check(got.tags.env === 'node' && got.tags.team === 'control', 'tags ' + JSON.stringify(got.tags));
    console.log('ok active');

    await client.send(new TagResourceCommand({ resourceArn: created.arn, tags: { owner: 'bob' } }));
    await client.send(new UntagResourceCommand({ resourceArn: created.arn, tagKeys: ['team'] }));
    const tags = (await client.send(new ListTagsForResourceCommand({ resourceArn: created.arn }))).tags;
    check(JSON.stringify(tags) === JSON.stringify({ env: 'node', owner: 'bob' }), 'tags ' + JSON.stringify(tags));
    console.log('ok tags ' + JSON.stringify(tags));

    const ids = [];
    for await (const page of paginateListClusters({ client, pageSize: 1 }, {})) {
        page.clusters.forEach((cluster) => ids.push(cluster.identifier));
    }
    check(ids.includes(id), 'list contains the cluster');
    check(new Set(ids).size === ids.length, 'list has no duplicates');
    console.log('ok listed ' + ids.length + ' clusters');

    const updated = await client.send(new UpdateClusterCommand({ identifier: id, deletionProtectionEnabled: true }));
    check(updated.status === 'UPDATING', 'status after update ' + updated.status);
    const refused = await expectError(client.send(new DeleteClusterCommand({ identifier: id })),
        ValidationException, 'delete of a protected cluster');
    check(refused.reason === 'deletionProtectionEnabled', 'reason ' + refused.reason);
    check(refused.$metadata.httpStatusCode === 400, 'status code ' + refused.$metadata.httpStatusCode);

    await waitUntilClusterActive(waitOptions, { identifier: id });
    await client.send(new UpdateClusterCommand({ identifier: id, deletionProtectionEnabled: false }));
    await waitUntilClusterActive(waitOptions, { identifier: id });
    const deleted = await client.send(new DeleteClusterCommand({ identifier: id }));
    check(deleted.status === 'DELETING', 'status after delete ' + deleted.status);
    const gone = await waitUntilClusterNotExists(waitOptions, { identifier: id });
    check(gone.state === 'SUCCESS', 'not-exists waiter state ' + gone.state);
    const missing = await expectError(client.send(new GetClusterCommand({ identifier: id })),
        ResourceNotFoundException, 'get of a deleted cluster');
    check(missing.resourceId === id, 'resourceId ' + missing.resourceId);
    console.log('ok deleted');

    await expectError(client.send(new GetClusterCommand({ identifier: 'NOT-AN-ID' })), ValidationException,
        'get with a malformed identifier');
    const stranger = new DSQLClient({ endpoint, region,
        credentials: { accessKeyId: 'AKIAUNKNOWNUNKNOWN00', secretAccessKey: 'secret' } });
    const unknown = await expectError(stranger.send(new GetClusterCommand({ identifier: id })),
        'UnrecognizedClientException', 'call with an unknown access key');
    check(unknown.$metadata.httpStatusCode === 403, 'status code ' + unknown.$metadata.httpStatusCode);
    console.log('done');
}

main().catch((e) => {
    console.error(e.stack || String(e));
    process.exit(1);
});
