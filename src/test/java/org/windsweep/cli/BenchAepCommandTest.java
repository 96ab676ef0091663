package org.windsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** Warm-up times and call counts that cannot time anything: a one-line error naming the option, exit 2, no rows. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--warmup-s, -1", "--full-resolution-warmup-s, -0.5", "--full-resolution-warmup-s, NaN",
            "--full-resolution-warmup-s, Infinity", "--runs, 0", "--full-resolution-runs, -3", "--warmup-s, 1e10",
            "--runs, 2147483647"})
    void badWarmupsAndRunCountsAreRejected(String option, String value) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            code = Main.execute("bench", "aep", "--json", "--in-process", option, value);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String message = stderr.toString(StandardCharsets.UTF_8).strip();
        assertEquals(2, code, message);
        assertTrue(message.contains(option) && !message.contains("\n"), message);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
    }
}
