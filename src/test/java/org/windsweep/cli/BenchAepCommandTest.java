package org.windsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        assertTrue(row.get("pywake_times_from").asText().contains("issue 10"), row.toString());
        assertTrue(row.get("aep_gwh").asDouble() > 0 && row.get("aep_grad_ms").asDouble() > 0, row.toString());
        assertEquals(row.get("pywake_aep_ms").asDouble() / row.get("aep_ms").asDouble(), row.get("speedup_aep").asDouble(), 1e-9);
    }

    /**
     * PyWake's times measured on this machine (bench/pywake_times.py) replace the stored ones: the row's speed-ups are
     * against them, and a row the file does not have shows none.
     */
    @Test
    void pywakeTimesFileReplacesTheStoredFigures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pywake-times.json");
        Files.writeString(file, "{\"pywake_version\": \"2.6.20\", \"rows\": [{\"case\": \"hr1_V80_16\", \"model\":"
                + " \"Nygaard_2022\", \"aep_ms\": 487.5, \"aep_grad_ms\": 1796.0, \"aep_gwh\": 129.25}]}");
        JsonNode measured = run("bench", "aep", "--json", "--case-index", "4", "--full-resolution-warmup-s", "0",
                "--full-resolution-runs", "1", "--pywake-times", file.toString()).get(0);
        assertEquals(487.5, measured.get("pywake_aep_ms").asDouble());
        assertEquals(1796.0, measured.get("pywake_aep_grad_ms").asDouble());
        assertEquals(487.5 / measured.get("aep_ms").asDouble(), measured.get("speedup_aep").asDouble(), 1e-9);
        assertEquals(1796.0 / measured.get("aep_grad_ms").asDouble(), measured.get("speedup_aep_grad").asDouble(), 1e-9);
        assertTrue(measured.get("pywake_times_from").asText().startsWith(file + " (PyWake 2.6.20"), measured.toString());
        JsonNode absent = run("bench", "aep", "--json", "--in-process", "--cases", "IEA37", "--warmup-s", "0", "--runs", "1",
                "--pywake-times", file.toString()).get(0);
        assertTrue(absent.get("pywake_aep_ms").isNull() && absent.get("speedup_aep").isNull()
                && absent.get("pywake_times_from").isNull(), absent.toString());
    }

    /**
     * A times file that cannot be what the script writes: one line naming the file and what is wrong (the fragment),
     * exit 2, no rows. ROW stands for a good row.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[] | expected a JSON object",
        "{\"rows\": [ROW]} | pywake_version",
        "{\"pywake_version\": \"2.6\", \"rows\": []} | rows must be a non-empty list",
        "{\"pywake_version\": \"2.6\\nx\", \"rows\": [ROW]} | control character",
        "{\"pywake_version\": \"2.6\", \"pywake_version\": \"2.7\", \"rows\": [ROW]} | pywake_version",
        "{\"pywake_version\": \"2.6\", \"rows\": [ROW]} {} | content after the end",
        "{\"pywake_version\": \"2.6\", \"rows\": [ROW], \"note\": 1} | key \"note\"",
        "{\"pywake_version\": \"2.6\", \"rows\": [3]} | rows[0] must be an object",
        "{\"pywake_version\": \"2.6\", \"rows\": [{\"case\": \"hr1_V80_17\", \"model\": \"Nygaard_2022\", \"aep_ms\": 1}]}"
                + " | hr1_V80_16 Nygaard_2022",
        "{\"pywake_version\": \"2.6\", \"rows\": [{\"case\": \"hr1_V80_16\", \"model\": \"Nygaard_2022\", \"aep_ms\": 0}]}"
                + " | rows[0].aep_ms",
        "{\"pywake_version\": \"2.6\", \"rows\": [{\"case\": \"hr1_V80_16\", \"model\": \"Nygaard_2022\", \"aep_ms\": 1e400}]}"
                + " | finite time",
        "{\"pywake_version\": \"2.6\", \"rows\": [{\"case\": \"hr1_V80_16\", \"model\": \"Nygaard_2022\", \"aep_ms\": \"5\"}]}"
                + " | rows[0].aep_ms",
        "{\"pywake_version\": \"2.6\", \"rows\": [{\"case\": \"hr1_V80_16\", \"model\": \"Nygaard_2022\", \"aep_ms\": 5,"
                + " \"aep_grad_mss\": 7}]} | aep_grad_mss",
        "{\"pywake_version\": \"2.6\", \"rows\": [{\"case\": \"hr1_V80_16\", \"model\": \"Nygaard_2022\", \"aep_ms\": 5,"
                + " \"aep_grad_ms\": -1}]} | rows[0].aep_grad_ms",
        "{\"pywake_version\": \"2.6\", \"rows\": [ROW, ROW]} | rows[1] repeats",
        "{not json | not valid JSON"})
    void badPywakeTimesFilesAreRejected(String text, String fragment, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("pywake-times.json");
        Files.writeString(file, text.replace("ROW", "{\"case\": \"hr1_V80_16\", \"model\": \"Nygaard_2022\", \"aep_ms\": 5}"));
        String message = assertRejected("--pywake-times", file.toString(), file.toString());
        assertTrue(message.contains(fragment), message);
    }

    /** Warm-up times and call counts that cannot time anything: a one-line error naming the option, exit 2, no rows. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--warmup-s, -1", "--full-resolution-warmup-s, -0.5", "--full-resolution-warmup-s, NaN",
            "--full-resolution-warmup-s, Infinity", "--runs, 0", "--full-resolution-runs, -3", "--warmup-s, 1e10",
            "--runs, 2147483647"})
    void badWarmupsAndRunCountsAreRejected(String option, String value) {
        assertRejected(option, value, option);
    }

    /** bench aep with option value: exit 2, one line on standard error that contains named, nothing on standard output. */
    private static String assertRejected(String option, String value, String named) {
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
        assertTrue(message.contains(named) && !message.contains("\n"), message);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
        return message;
    }
}
