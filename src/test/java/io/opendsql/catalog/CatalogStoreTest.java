package io.opendsql.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON row encoding: round trips, and tolerates rows written by older or newer versions. */
class CatalogStoreTest {
    @Test
    void descriptorsRoundTrip() {
        TableDescriptor table = new TableDescriptor(16384, 2200, "t", 15579,
                List.of(new ColumnDescriptor(1, "id", 20, -1, true, null, null,
                                new Identity(Identity.Kind.BY_DEFAULT, 16390), false),
                        new ColumnDescriptor(2, "v", 1043, 14, false, "'x'::text", null, null, false)),
                List.of(1), 1024, 3);
        assertThat(CatalogStore.decode(CatalogStore.encode(table), TableDescriptor.class)).isEqualTo(table);
        Job job = new Job("abc", Job.Type.INDEX_BUILD, Job.Status.SUBMITTED, null, 1259, 16390, "public.i", 5, null);
        assertThat(CatalogStore.decode(CatalogStore.encode(job), Job.class)).isEqualTo(job);
        List<AclEntry> acl = List.of(new AclEntry(0, 15579, java.util.Set.of(Privilege.SELECT), java.util.Set.of()));
        assertThat(CatalogStore.decodeList(CatalogStore.encode(acl), AclEntry.class)).isEqualTo(acl);
    }

    @Test
    void encodingHoldsRecordComponentsOnly() {
        String json = new String(CatalogStore.encode(new SchemaDescriptor(16384, "s", 15579)), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"oid\":16384,\"name\":\"s\",\"owner\":15579}");
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingOnesDefault() {
        byte[] newer = "{\"oid\":16384,\"name\":\"s\",\"owner\":15579,\"addedLater\":true}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(CatalogStore.decode(newer, SchemaDescriptor.class))
                .isEqualTo(new SchemaDescriptor(16384, "s", 15579));
        byte[] older = "{\"oid\":7,\"name\":\"r\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(CatalogStore.decode(older, RoleDescriptor.class))
                .isEqualTo(new RoleDescriptor(7, "r", false, false, false, List.of()));
    }
}
