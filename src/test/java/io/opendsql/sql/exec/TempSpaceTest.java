package io.opendsql.sql.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import org.junit.jupiter.api.Test;

class TempSpaceTest {
    @Test
    void dsqlLimitIsOneHundredTwentyEightMebibytesWithDsqlsMessage() {
        TempSpace space = TempSpace.limitedTo(TempSpace.DEFAULT_LIMIT_KB);
        space.add(128L * 1024 * 1024);
        assertThat(space.held()).isEqualTo(128L * 1024 * 1024);
        assertThatThrownBy(() -> space.add(1)).isInstanceOfSatisfying(DsqlException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.PROGRAM_LIMIT_EXCEEDED);
            assertThat(e.getMessage()).isEqualTo("query requires more than allowed temp space of 131072 KB to execute");
        });
    }

    @Test
    void releasedBytesMakeRoomAgain() {
        TempSpace space = TempSpace.limitedTo(1);
        space.add(1000);
        space.release(600);
        space.add(600);
        assertThat(space.held()).isEqualTo(1000);
        assertThatThrownBy(() -> space.add(25)).isInstanceOf(DsqlException.class)
                .hasMessage("query requires more than allowed temp space of 1 KB to execute");
    }
}
