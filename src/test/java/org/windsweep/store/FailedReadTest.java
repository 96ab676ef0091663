package org.windsweep.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A read that did not end normally: the machine's trouble is UNREADABLE (judged again), the file's is TRUNCATED. */
class FailedReadTest {

    @Test
    void aReadThatOverranItsTimeLimitIsNotTheFilesFault() {
        FileIntegrity.Problem problem = FailedRead.timedOut(Duration.ofSeconds(30));
        assertEquals(ShardStatus.UNREADABLE, problem.status());
        assertTrue(problem.reason().contains("30 s"), problem.reason());
    }

    @Test
    void runningOutOfMemoryOrBeingInterruptedIsNotTheFilesFault() {
        assertEquals(ShardStatus.UNREADABLE, FailedRead.threw(new OutOfMemoryError("Java heap space")).status());
        assertEquals(ShardStatus.UNREADABLE, FailedRead.threw(new StackOverflowError()).status());
        assertEquals(ShardStatus.UNREADABLE, FailedRead.threw(new InterruptedException()).status());
    }

    @Test
    void aParserFailureIsTheFilesStructure() {
        FileIntegrity.Problem problem = FailedRead.threw(new IllegalStateException("bad object header"));
        assertEquals(ShardStatus.TRUNCATED, problem.status());
        assertTrue(problem.reason().contains("bad object header"), problem.reason());
    }
}
