package org.windsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code windsweep bench aep --json}: one object per case with the timing fields the README documents. */
class BenchAepCommandTest {

    private static JsonNode run(String... args) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            code = Main.execute(args);
        } finally {
            System.setOut(out);
        }
        assertEquals(0, code);
        return new ObjectMapper().readTree(stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonArrayHasOneTimedObjectPerIea37Case() throws Exception {
        JsonNode rows = run("bench", "aep", "--json", "--in-process", "--cases", "IEA37", "--warmup-s", "0.01", "--runs", "3");
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

    /** A full-resolution row (the fifth case: 16 V80s, Nygaard_2022) at 360 x 23 bins, next to PyWake's times. */
    @Test
    void fullResolutionRowTimesTheSiteAtPyWakesDefaultBins() throws Exception {
        JsonNode rows = run("bench", "aep", "--json", "--case-index", "4", "--full-resolution-warmup-s", "0",
                "--full-resolution-runs", "1");
        assertEquals(1, rows.size());
        JsonNode row = rows.get(0);
        assertEquals("Nygaard_2022", row.get("model").asText());
        assertEquals("V80", row.get("turbine").asText());
        assertEquals(16, row.get("n_wt").asInt());
        assertEquals(360, row.get("n_wd").asInt());
        assertEquals(23, row.get("n_ws").asInt());
        assertEquals(259.0, row.get("pywake_aep_ms").asDouble());
        assertTrue(row.get("aep_gwh").asDouble() > 0 && row.get("aep_grad_ms").asDouble() > 0, row.toString());
        assertEquals(row.get("pywake_aep_ms").asDouble() / row.get("aep_ms").asDouble(), row.get("speedup_aep").asDouble(), 1e-9);
    }
}
