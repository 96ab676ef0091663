package org.windsweep.store;

import io.jhdf.api.WritableGroup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes results.h5 as a local file: one group per config (as in shards), the original files' root attributes, and
 * an {@code /index} group of equal-length columns so that a notebook loads the whole sweep in one read.
 * Results are written in key order, so the same results give the same file.
 */
public final class ResultsWriter {
    /** Index value for an integer config field a result does not have (or that is not an integer); NaN for AEPs. */
    public static final long ABSENT = -1;

    private ResultsWriter() {
    }

    /** @param file a path that does not exist yet (jhdf does not truncate) */
    public static void write(ResultsFile results, Path file) throws IOException {
        FreshFiles.writeWithJhdf(file, hdf -> {
            AttributeValues.put(hdf, H5Names.SCHEMA, H5Names.RESULTS_SCHEMA);
            AttributeValues.put(hdf, H5Names.RUN_ID, results.run().runId());
            AttributeValues.put(hdf, H5Names.GRID_SIZE, results.run().gridSize());
            AttributeValues.put(hdf, H5Names.RANDOM_PCT, results.run().randomPct());
            AttributeValues.put(hdf, H5Names.TOTAL_CONFIGS, results.totalConfigs());
            AttributeValues.put(hdf, H5Names.SUCCESSFUL_CONFIGS, results.successfulConfigs());
            AttributeValues.put(hdf, H5Names.CONTENT_SHA256, ContentDigest.ofResults(results));
            for (StoredResult result : results.results()) {
                ConfigGroups.writeResult(hdf, result);
            }
            writeIndex(hdf.putGroup(H5Names.INDEX_GROUP), results.results());
        });
    }

    /** jhdf cannot write empty arrays, so a run without results gets an empty index group. */
    private static void writeIndex(WritableGroup index, List<StoredResult> results) {
        if (results.isEmpty()) {
            return;
        }
        int n = results.size();
        String[] keys = new String[n];
        long[] farmIdx = new long[n];
        long[] typeIdx = new long[n];
        long[] ssSeed = new long[n];
        long[] nTurbines = new long[n];
        double[] aep = new double[n];
        double[] aepWakeFree = new double[n];
        double[] wakeLossPct = new double[n];
        double[] baselineAep = new double[n];
        double[] gainOverBaselinePct = new double[n];
        for (int i = 0; i < n; i++) {
            StoredResult result = results.get(i);
            keys[i] = result.key();
            farmIdx[i] = integerField(result, H5Names.FARM_IDX);
            typeIdx[i] = integerField(result, H5Names.TYPE_IDX);
            ssSeed[i] = integerField(result, H5Names.SS_SEED);
            nTurbines[i] = result.turbineCount();
            aep[i] = result.aep();
            AepBreakdown breakdown = result.breakdown();
            aepWakeFree[i] = breakdown == null ? Double.NaN : breakdown.aepWakeFree();
            wakeLossPct[i] = breakdown == null ? Double.NaN : breakdown.wakeLossPct(result.aep());
            baselineAep[i] = breakdown == null || breakdown.baselineAep() == null ? Double.NaN : breakdown.baselineAep();
            gainOverBaselinePct[i] = breakdown == null ? Double.NaN : breakdown.gainOverBaselinePct(result.aep());
        }
        index.putDataset(H5Names.INDEX_KEY, keys);
        index.putDataset(H5Names.FARM_IDX, farmIdx);
        index.putDataset(H5Names.TYPE_IDX, typeIdx);
        index.putDataset(H5Names.SS_SEED, ssSeed);
        index.putDataset(H5Names.N_TURBINES, nTurbines);
        index.putDataset(H5Names.AEP, aep);
        index.putDataset(H5Names.AEP_WAKE_FREE, aepWakeFree);
        index.putDataset(H5Names.INDEX_WAKE_LOSS_PCT, wakeLossPct);
        index.putDataset(H5Names.BASELINE_AEP, baselineAep);
        index.putDataset(H5Names.INDEX_GAIN_OVER_BASELINE_PCT, gainOverBaselinePct);
    }

    private static long integerField(StoredResult result, String name) {
        Object value = result.configFields().get(name);
        return value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : ABSENT;
    }
}
