package org.windsweep.store;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a whole results.h5 from its bytes and checks it against itself: the index columns must match the config
 * groups and the content digest must match the contents. Use {@link RunDirectory#readResults()} for a run's file.
 */
public final class ResultsReader {
    private ResultsReader() {
    }

    /** @throws LayoutException when the file is readable HDF5 but not an intact results file */
    public static ResultsFile read(byte[] bytes) throws LayoutException {
        FileIntegrity.Problem problem = FileIntegrity.check(bytes);
        if (problem != null) {
            throw new LayoutException(problem.reason());
        }
        try (HdfFile hdf = HdfFile.fromBytes(bytes)) {
            String schema = AttributeValues.readString(hdf, H5Names.SCHEMA);
            if (!schema.equals(H5Names.RESULTS_SCHEMA)) {
                throw new LayoutException("schema is '" + schema + "', expected '" + H5Names.RESULTS_SCHEMA + "'");
            }
            RunInfo run = new RunInfo(AttributeValues.readString(hdf, H5Names.RUN_ID),
                    AttributeValues.readInt(hdf, H5Names.GRID_SIZE), AttributeValues.readDouble(hdf, H5Names.RANDOM_PCT));
            int totalConfigs = AttributeValues.readInt(hdf, H5Names.TOTAL_CONFIGS);
            int successfulConfigs = AttributeValues.readInt(hdf, H5Names.SUCCESSFUL_CONFIGS);
            List<StoredResult> results = new ArrayList<>();
            List<Node> index = new ArrayList<>();
            RootChildren.forEach(hdf, (name, child) -> {
                if (name.equals(H5Names.INDEX_GROUP)) {
                    index.add(child);
                } else {
                    results.add(ConfigGroups.readResult(name, child));
                }
            });
            ResultsFile file = new ResultsFile(run, totalConfigs, results);
            if (file.successfulConfigs() != successfulConfigs) {
                throw new LayoutException("holds " + file.successfulConfigs() + " configs but says " + successfulConfigs);
            }
            checkIndexKeys(index, file);
            if (!ContentDigest.ofResults(file).equals(AttributeValues.readString(hdf, H5Names.CONTENT_SHA256))) {
                throw new LayoutException("content checksum mismatch: the file changed after it was written");
            }
            return file;
        } catch (RuntimeException e) {
            throw new LayoutException("unreadable: " + e);
        }
    }

    /** @param indexNodes what the root holds under the name of the index group: one node in an intact file */
    private static void checkIndexKeys(List<Node> indexNodes, ResultsFile file) throws LayoutException {
        if (indexNodes.size() != 1) {
            throw new LayoutException("lacks the /index group");
        }
        Group index = ConfigGroups.requireGroup(indexNodes.get(0));
        if (file.results().isEmpty()) {
            return;
        }
        Dataset keyColumn = ConfigGroups.requireDataset(index, "/" + H5Names.INDEX_GROUP, H5Names.INDEX_KEY);
        String[] expected = file.results().stream().map(StoredResult::key).toArray(String[]::new);
        if (!(keyColumn.getData() instanceof String[] keys) || !Arrays.equals(keys, expected)) {
            throw new LayoutException("/index/key does not list the config groups in key order");
        }
    }
}
