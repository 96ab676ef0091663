package org.windsweep.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Local masters get spark.task.maxFailures as their retry count; everything else is left as the user gave it. */
class LocalMasterTest {

    @Test
    void plainLocalMastersGetTheRetryCount() {
        assertEquals("local[*,4]", LocalMaster.withRetries("local[*]", 4));
        assertEquals("local[2,4]", LocalMaster.withRetries("local[2]", 4));
        assertEquals("local[1,3]", LocalMaster.withRetries("local", 3));
    }

    @Test
    void mastersThatSayHowToRetryOrAreNotLocalAreKept() {
        assertEquals("local[2,1]", LocalMaster.withRetries("local[2,1]", 4));
        assertEquals("local-cluster[2,1,1024]", LocalMaster.withRetries("local-cluster[2,1,1024]", 4));
        assertEquals("spark://head:7077", LocalMaster.withRetries("spark://head:7077", 4));
        assertEquals("yarn", LocalMaster.withRetries("yarn", 4));
    }
}
