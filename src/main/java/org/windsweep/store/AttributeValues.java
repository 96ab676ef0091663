package org.windsweep.store;

import io.jhdf.api.Attribute;
import io.jhdf.api.Node;
import io.jhdf.api.WritableNode;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.StringData;

/**
 * Scalar attributes in both directions. Each stored Java type has exactly one HDF5 type, so a value reads back as
 * the type it was written with: Integer = int32, Long = int64, Double = float64, String = UTF-8 string,
 * Boolean = uint8 0/1 (docs/STORE.md).
 */
final class AttributeValues {
    /** Longer strings than this are not ours: refuse them before jhdf allocates anything for a corrupt size. */
    private static final int MAX_STRING_BYTES = 1 << 20;

    private AttributeValues() {
    }

    static void put(WritableNode node, String name, Object value) {
        if (value instanceof Boolean flag) {
            node.putAttribute(name, (byte) (flag ? 1 : 0), true);
        } else {
            node.putAttribute(name, value);
        }
    }

    /** The attribute's value as Integer, Long, Double, String or Boolean; a LayoutException for anything else. */
    static Object read(Node node, String name) throws LayoutException {
        Attribute attribute = node.getAttribute(name);
        if (attribute == null) {
            throw new LayoutException(node.getPath() + " lacks attribute " + name);
        }
        if (!attribute.isScalar()) {
            throw new LayoutException(node.getPath() + " attribute " + name + " is not a scalar");
        }
        DataType type = attribute.getDataType();
        if (type instanceof StringData) {
            if (type.getSize() > MAX_STRING_BYTES) {
                throw new LayoutException(node.getPath() + " attribute " + name + " is a string of " + type.getSize() + " bytes");
            }
            return attribute.getData();
        }
        if (type instanceof FloatingPoint && type.getSize() == 8) {
            return attribute.getData();
        }
        if (type instanceof FixedPoint fixed) {
            if (fixed.isSigned() && (fixed.getSize() == 4 || fixed.getSize() == 8)) {
                return attribute.getData();
            }
            if (!fixed.isSigned() && fixed.getSize() == 1) {
                return readFlag(node, name, attribute);
            }
        }
        throw new LayoutException(node.getPath() + " attribute " + name + " has unsupported type "
                + type.getClass().getSimpleName() + " of " + type.getSize() + " bytes");
    }

    static double readDouble(Node node, String name) throws LayoutException {
        return read(node, name, Double.class);
    }

    static String readString(Node node, String name) throws LayoutException {
        return read(node, name, String.class);
    }

    static int readInt(Node node, String name) throws LayoutException {
        return read(node, name, Integer.class);
    }

    static boolean readBoolean(Node node, String name) throws LayoutException {
        return read(node, name, Boolean.class);
    }

    private static <T> T read(Node node, String name, Class<T> expected) throws LayoutException {
        Object value = read(node, name);
        if (!expected.isInstance(value)) {
            throw new LayoutException(node.getPath() + " attribute " + name + " is a " + value.getClass().getSimpleName()
                    + ", expected " + expected.getSimpleName());
        }
        return expected.cast(value);
    }

    private static Boolean readFlag(Node node, String name, Attribute attribute) throws LayoutException {
        int value = ((Number) attribute.getData()).intValue();
        if (value != 0 && value != 1) {
            throw new LayoutException(node.getPath() + " attribute " + name + " is a flag but holds " + value);
        }
        return value == 1;
    }
}
