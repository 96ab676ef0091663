package org.windsweep.store;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.StringData;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One config's group, the same in shards and in results.h5: a successful config's {@code layout} and {@code aep}
 * with its attributes, or a failed config's {@code _failed/<key>} group.
 */
final class ConfigGroups {
    /** Far above any real farm; a larger dimension means a corrupt header, so nothing is allocated for it. */
    private static final int MAX_TURBINES = 1_000_000;

    private ConfigGroups() {
    }

    static void writeResult(WritableGroup parent, StoredResult result) {
        WritableGroup group = parent.putGroup(result.key());
        group.putDataset(H5Names.LAYOUT, new double[][] {result.x(), result.y()});
        group.putDataset(H5Names.AEP, result.aep());
        result.configFields().forEach((name, value) -> AttributeValues.put(group, name, value));
        AttributeValues.put(group, H5Names.WAKE_MODEL, result.wakeModel());
        AttributeValues.put(group, H5Names.AEP_INITIAL, result.aepInitial());
        AttributeValues.put(group, H5Names.ITERATIONS, result.iterations());
        AttributeValues.put(group, H5Names.CONVERGED, result.converged());
        AttributeValues.put(group, H5Names.MAX_VIOLATION_M, result.maxViolationM());
        AttributeValues.put(group, H5Names.WALL_S, result.wallS());
        AttributeValues.put(group, H5Names.TIMESTAMP, result.timestamp());
        AepBreakdown breakdown = result.breakdown();
        if (breakdown != null) {
            group.putDataset(H5Names.AEP_PER_TURBINE, breakdown.aepPerTurbine());
            AttributeValues.put(group, H5Names.AEP_WAKE_FREE, breakdown.aepWakeFree());
            if (breakdown.baselineAep() != null) {
                AttributeValues.put(group, H5Names.BASELINE_AEP, breakdown.baselineAep());
            }
        }
    }

    static void writeFailure(WritableGroup failedGroup, StoredFailure failure) {
        WritableGroup group = failedGroup.putGroup(failure.key());
        group.putDataset(H5Names.ERROR, failure.reason());
        failure.configFields().forEach((name, value) -> AttributeValues.put(group, name, value));
        AttributeValues.put(group, H5Names.ERROR_CLASS, failure.errorClass());
        AttributeValues.put(group, H5Names.MESSAGE, failure.message());
        AttributeValues.put(group, H5Names.WALL_S, failure.wallS());
    }

    static StoredResult readResult(Node node) throws LayoutException {
        return readResult(node.getName(), node);
    }

    /**
     * @param key the config key, which is the group's name: given separately for a group that jhdf opened by its
     *            address (see {@link RootChildren}), whose own name is that address
     */
    static StoredResult readResult(String key, Node node) throws LayoutException {
        String path = "/" + key;
        if (!(node instanceof Group group)) {
            throw new LayoutException(path + " is a dataset, expected a group");
        }
        double[][] layout = readLayout(group, path);
        return new StoredResult(key, configFieldsOf(group, H5Names.RESULT_ATTRIBUTES),
                layout[0], layout[1], readScalarDouble(group, path, H5Names.AEP),
                AttributeValues.readDouble(group, H5Names.AEP_INITIAL),
                AttributeValues.readInt(group, H5Names.ITERATIONS),
                AttributeValues.readBoolean(group, H5Names.CONVERGED),
                AttributeValues.readDouble(group, H5Names.MAX_VIOLATION_M),
                AttributeValues.readDouble(group, H5Names.WALL_S),
                AttributeValues.readDouble(group, H5Names.TIMESTAMP),
                AttributeValues.readString(group, H5Names.WAKE_MODEL), readBreakdown(group, path, layout[0].length));
    }

    /** Null for a group written before the breakdown existed (no aep_per_turbine dataset). */
    private static AepBreakdown readBreakdown(Group group, String path, int turbines) throws LayoutException {
        if (group.getChild(H5Names.AEP_PER_TURBINE) == null) {
            return null;
        }
        Dataset perTurbine = requireDataset(group, path, H5Names.AEP_PER_TURBINE);
        int[] dims = perTurbine.getDimensions();
        if (dims.length != 1 || dims[0] != turbines || !isFloat64(perTurbine)) {
            throw new LayoutException(path + "/" + H5Names.AEP_PER_TURBINE + " must be a float64 array of one value "
                    + "per turbine (" + turbines + ")");
        }
        Double baseline = group.getAttribute(H5Names.BASELINE_AEP) == null ? null
                : AttributeValues.readDouble(group, H5Names.BASELINE_AEP);
        return new AepBreakdown((double[]) perTurbine.getData(),
                AttributeValues.readDouble(group, H5Names.AEP_WAKE_FREE), baseline);
    }

    static StoredFailure readFailure(Node node) throws LayoutException {
        Group group = requireGroup(node);
        StoredFailure failure = new StoredFailure(group.getName(), configFieldsOf(group, H5Names.FAILURE_ATTRIBUTES),
                AttributeValues.readString(group, H5Names.ERROR_CLASS),
                AttributeValues.readString(group, H5Names.MESSAGE),
                AttributeValues.readDouble(group, H5Names.WALL_S));
        Dataset error = requireDataset(group, H5Names.ERROR);
        if (!error.isScalar() || !(error.getDataType() instanceof StringData)
                || !failure.reason().equals(error.getData())) {
            throw new LayoutException(error.getPath() + " is not the scalar string \"" + failure.reason() + "\"");
        }
        return failure;
    }

    static Group requireGroup(Node node) throws LayoutException {
        if (!(node instanceof Group group)) {
            throw new LayoutException(node.getPath() + " is a dataset, expected a group");
        }
        return group;
    }

    static Dataset requireDataset(Group group, String name) throws LayoutException {
        return requireDataset(group, group.getPath().replaceAll("/+$", ""), name);
    }

    /** @param path the group's path, for messages */
    static Dataset requireDataset(Group group, String path, String name) throws LayoutException {
        Node child = group.getChild(name);
        if (child == null) {
            throw new LayoutException(path + " lacks dataset " + name);
        }
        if (!(child instanceof Dataset dataset)) {
            throw new LayoutException(path + "/" + name + " is a group, expected a dataset");
        }
        return dataset;
    }

    private static double[][] readLayout(Group group, String path) throws LayoutException {
        Dataset layout = requireDataset(group, path, H5Names.LAYOUT);
        int[] dims = layout.getDimensions();
        if (dims.length != 2 || dims[0] != 2 || dims[1] < 1 || dims[1] > MAX_TURBINES || !isFloat64(layout)) {
            throw new LayoutException(path + "/" + H5Names.LAYOUT + " must be a 2 x N float64 array (x row, y row)");
        }
        return (double[][]) layout.getData();
    }

    private static double readScalarDouble(Group group, String path, String name) throws LayoutException {
        Dataset dataset = requireDataset(group, path, name);
        if (!dataset.isScalar() || !isFloat64(dataset)) {
            throw new LayoutException(path + "/" + name + " must be a scalar float64");
        }
        return (Double) dataset.getData();
    }

    private static boolean isFloat64(Dataset dataset) {
        return dataset.getDataType() instanceof FloatingPoint && dataset.getDataType().getSize() == 8;
    }

    /** Every attribute that is not part of the layout is a config field; returned sorted by name. */
    private static Map<String, Object> configFieldsOf(Group group, Set<String> layoutAttributes) throws LayoutException {
        Map<String, Object> fields = new TreeMap<>();
        for (String name : group.getAttributes().keySet()) {
            if (!layoutAttributes.contains(name)) {
                fields.put(name, AttributeValues.read(group, name));
            }
        }
        return fields;
    }
}
