package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local file system under the scheme {@code readfault://}, where opening a file whose name is in
 * {@link #FAILING} fails with an I/O error, as a flaky disk or network file system would.
 */
public final class ReadFaultFileSystem extends RawLocalFileSystem {

    static final String SCHEME = "readfault";
    static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

    /** A Hadoop configuration that maps readfault:// to this class. */
    static Configuration configuration() {
        Configuration conf = new Configuration();
        conf.set("fs." + SCHEME + ".impl", ReadFaultFileSystem.class.getName());
        conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
        return conf;
    }

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FSDataInputStream open(Path file, int bufferSize) throws IOException {
        if (FAILING.contains(file.getName())) {
            throw new IOException("injected read fault on " + file.getName());
        }
        return super.open(file, bufferSize);
    }
}
