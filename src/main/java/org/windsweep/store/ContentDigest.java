package org.windsweep.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 over a file's logical contents, stored as the root attribute {@code content_sha256}. HDF5 checksums only
 * object headers (and jhdf may not check them), so without this a flipped bit in a layout or an attribute value
 * would read back as a different, plausible number. Recomputing it after a full read proves the read equals what
 * the writer was given.
 */
final class ContentDigest {
    private static final int HASH_BUFFER_BYTES = 64 * 1024;

    private ContentDigest() {
    }

    static String ofShard(ShardContents shard) {
        return digest(out -> {
            writeString(out, H5Names.SHARD_SCHEMA);
            writeString(out, shard.runId());
            out.writeInt(shard.name().partition());
            out.writeInt(shard.name().supplementary());
            writeResults(out, shard.results());
            out.writeInt(shard.failures().size());
            for (StoredFailure failure : shard.failures()) {
                writeString(out, failure.key());
                writeFields(out, failure.configFields());
                writeString(out, failure.errorClass());
                writeString(out, failure.message());
                out.writeDouble(failure.wallS());
            }
        });
    }

    static String ofResults(ResultsFile results) {
        return digest(out -> {
            writeString(out, H5Names.RESULTS_SCHEMA);
            writeString(out, results.run().runId());
            out.writeInt(results.run().gridSize());
            out.writeDouble(results.run().randomPct());
            out.writeInt(results.totalConfigs());
            writeResults(out, results.results());
        });
    }

    private static void writeResults(DataOutputStream out, List<StoredResult> results) throws IOException {
        out.writeInt(results.size());
        for (StoredResult result : results) {
            writeString(out, result.key());
            writeFields(out, result.configFields());
            writeArray(out, result.x());
            writeArray(out, result.y());
            out.writeDouble(result.aep());
            out.writeDouble(result.aepInitial());
            out.writeInt(result.iterations());
            out.writeBoolean(result.converged());
            out.writeDouble(result.maxViolationM());
            out.writeDouble(result.wallS());
            out.writeDouble(result.timestamp());
            writeString(out, result.wakeModel());
            // Only when present, so that files written before the breakdown existed keep their digest.
            AepBreakdown breakdown = result.breakdown();
            if (breakdown != null) {
                writeArray(out, breakdown.aepPerTurbine());
                out.writeDouble(breakdown.aepWakeFree());
                out.writeDouble(breakdown.baselineAep() == null ? Double.NaN : breakdown.baselineAep());
            }
        }
    }

    /** Sorted by name: files give fields back in name order, whatever order they were written in. */
    private static void writeFields(DataOutputStream out, Map<String, Object> fields) throws IOException {
        Map<String, Object> sorted = new TreeMap<>(fields);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Object> field : sorted.entrySet()) {
            writeString(out, field.getKey());
            Object value = field.getValue();
            // A type tag, so that Integer 1 and Long 1 digest differently, as they are stored differently.
            writeString(out, value.getClass().getSimpleName());
            writeString(out, value.toString());
        }
    }

    /** Length-prefixed UTF-8: unlike writeUTF, no 64 KiB limit for long error messages. */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void writeArray(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    private interface Encoder {
        void encode(DataOutputStream out) throws IOException;
    }

    /** Encodes straight into the hash: a results file's encoding is as large as the file, so it is not kept. */
    private static String digest(Encoder encoder) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha256), HASH_BUFFER_BYTES))) {
            encoder.encode(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: nothing is written anywhere
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
