package org.windsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code windsweep bench aep --json}: one object per case with the timing fields of the brief. */
class BenchAepCommandTest {

    @Test
    void jsonArrayHasOneTimedObjectPerCase() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            code = Main.execute("bench", "aep", "--json", "--in-process", "--warmup-s", "0.01", "--runs", "3");
        } finally {
            System.setOut(out);
        }
        assertEquals(0, code);
        JsonNode rows = new ObjectMapper().readTree(stdout.toString(StandardCharsets.UTF_8));
        assertEquals(4, rows.size());
        int[] turbines = {16, 36, 64, 64};
        String[] models = {"IEA37SimpleBastankhahGaussian", "IEA37SimpleBastankhahGaussian", "IEA37SimpleBastankhahGaussian", "Nygaard_2022"};
        for (int i = 0; i < 4; i++) {
            JsonNode row = rows.get(i);
            assertEquals(turbines[i], row.get("n_wt").asInt());
            assertEquals(models[i], row.get("model").asText());
            assertEquals(16, row.get("n_wd").asInt());
            assertTrue(row.get("aep_ms").asDouble() > 0 && row.get("aep_grad_ms").asDouble() > 0, row.toString());
        }
    }
}
