package org.windsweep.store;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.util.Progressable;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.net.URI;

/**
 * The local file system under the scheme {@code fulldisk://} on a disk with no space left: files can be created,
 * but writing a byte fails the way the local file system reports it, with an {@link FSError}.
 */
public final class FullDiskFileSystem extends RawLocalFileSystem {

    public static final String SCHEME = "fulldisk";
    /** For a Hadoop configuration, or a JVM's system properties with the {@code spark.hadoop.} prefix. */
    public static final String IMPL_KEY = "fs." + SCHEME + ".impl";
    public static final String NO_CACHE_KEY = "fs." + SCHEME + ".impl.disable.cache";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FSDataOutputStream create(Path file, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        super.create(file, overwrite, bufferSize, replication, blockSize, progress).close();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) {
                throw noSpaceLeft();
            }
        };
        return new FSDataOutputStream(full, null);
    }

    /** The Error RawLocalFileSystem's streams throw for an IOException of the disk (its constructor is not public). */
    private static FSError noSpaceLeft() {
        try {
            Constructor<FSError> constructor = FSError.class.getDeclaredConstructor(Throwable.class);
            constructor.setAccessible(true);
            return constructor.newInstance(new IOException("No space left on device"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Hadoop's FSError changed", e);
        }
    }
}
