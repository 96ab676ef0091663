package org.windsweep.store;

import io.jhdf.Constants;
import io.jhdf.HdfFile;
import io.jhdf.ObjectHeader;
import io.jhdf.api.Node;
import io.jhdf.object.message.LinkInfoMessage;
import io.jhdf.object.message.LinkMessage;

import java.util.List;

/**
 * Visits the children of a file's root group one at a time, so that a results.h5 of 10^5 configs is read in
 * bounded memory. jhdf keeps every child of a group it has listed, parsed headers and attributes included (about
 * 12 KB per config group): listing the root of a large results.h5 held more than the default driver memory. A file
 * jhdf wrote keeps its root's links in the root's object header ("compact" links); those are read from there and
 * each child is opened on its own by its address, then dropped. Other files (links in a fractal heap, or an old
 * style symbol table, as other writers may make them) go through jhdf's own listing.
 */
final class RootChildren {
    /** Takes one child of the root: its link name and the node. */
    @FunctionalInterface
    interface Visitor {
        void visit(String name, Node child) throws LayoutException;
    }

    private RootChildren() {
    }

    /** Visits each of the root's children once, in no particular order. */
    static void forEach(HdfFile hdf, Visitor visitor) throws LayoutException {
        List<LinkMessage> compact = compactLinks(hdf);
        if (compact == null) {
            for (Node child : hdf) {
                visitor.visit(child.getName(), child);
            }
            return;
        }
        for (LinkMessage link : compact) {
            if (link.getLinkType() != LinkMessage.LinkType.HARD) {
                throw new LayoutException("/" + link.getLinkName() + " is a " + link.getLinkType()
                        + " link; config groups are plain groups");
            }
            visitor.visit(link.getLinkName(), hdf.getNodeByAddress(link.getHardLinkAddress()));
        }
    }

    /** The root's links when its object header holds them all, else null. */
    private static List<LinkMessage> compactLinks(HdfFile hdf) {
        ObjectHeader root = ObjectHeader.readObjectHeader(hdf.getHdfBackingStorage(), hdf.getAddress());
        if (!root.hasMessageOfType(LinkInfoMessage.class)) {
            return null; // an old-style group: a symbol table
        }
        LinkInfoMessage info = root.getMessageOfType(LinkInfoMessage.class);
        if (info.getFractalHeapAddress() != Constants.UNDEFINED_ADDRESS) {
            return null; // dense storage: the links are in a fractal heap
        }
        return root.getMessagesOfType(LinkMessage.class);
    }
}
