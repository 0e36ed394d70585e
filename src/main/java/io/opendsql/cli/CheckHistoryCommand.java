package io.opendsql.cli;

import io.opendsql.history.Anomaly;
import io.opendsql.history.HistoryFile;
import io.opendsql.history.ListAppendChecker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opendsql check-history FILE}: checks a recorded list-append history for snapshot isolation. */
@Command(name = "check-history", mixinStandardHelpOptions = true,
        description = "Check a list-append history (JSON lines) for anomalies snapshot isolation forbids.")
final class CheckHistoryCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "History file: one transaction per line, "
            + "{\"process\":1,\"type\":\"ok\",\"value\":[[\"append\",1,5],[\"r\",2,[3,4]]]}")
    Path file;

    @Override
    public Integer call() throws Exception {
        ListAppendChecker.Result result = ListAppendChecker.check(HistoryFile.read(file));
        for (Anomaly anomaly : result.anomalies()) {
            System.out.println(anomaly.type() + ": " + anomaly.explanation());
        }
        System.out.printf("%d transactions, %d anomalies, %d G2 cycles (allowed under snapshot isolation)%n",
                result.transactions(), result.anomalies().size(), result.allowedG2Cycles());
        return result.valid() ? 0 : 1;
    }
}
