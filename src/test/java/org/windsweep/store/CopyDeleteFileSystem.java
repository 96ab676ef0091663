package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local file system under the scheme {@value #SCHEME} that behaves as an object store does: rename copies, then
 * deletes the source, and refuses an existing target. It can be "killed" at its N-th mutating step (create, mkdirs,
 * delete, setTimes, the copy half done, the copy done before the delete): that step throws {@link Killed} and so
 * does every later call, as if the process had died there.
 */
public class CopyDeleteFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "copydelete";

    /** Steps until the kill; negative: never. Static because Hadoop creates the instances by reflection. */
    private static final AtomicInteger STEPS_LEFT = new AtomicInteger(-1);
    private static volatile boolean dead;

    /** What a killed process would never get past. */
    public static final class Killed extends Error {
        Killed(String where) {
            super("killed at " + where);
        }
    }

    /** A configuration that maps {@value #SCHEME}:// to this class (uncached: every open gets a new instance). */
    public static Configuration configuration() {
        Configuration conf = new Configuration();
        conf.set("fs." + SCHEME + ".impl", CopyDeleteFileSystem.class.getName());
        conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
        return conf;
    }

    /** Dies at the {@code step}-th mutating step from now (1: the next one). */
    public static void killAtStep(int step) {
        dead = false;
        STEPS_LEFT.set(step);
    }

    /** Back to life, never killed. @return whether the kill happened */
    public static boolean revive() {
        boolean wasKilled = dead;
        dead = false;
        STEPS_LEFT.set(-1);
        return wasKilled;
    }

    private static void step(String what) {
        if (dead) {
            throw new Killed("after death: " + what);
        }
        if (STEPS_LEFT.get() > 0 && STEPS_LEFT.decrementAndGet() == 0) {
            dead = true;
            throw new Killed(what);
        }
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
    public FSDataInputStream open(Path f, int bufferSize) throws IOException {
        if (dead) {
            throw new Killed("after death: open " + f);
        }
        return super.open(f, bufferSize);
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        step("create " + f);
        return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
    }

    @Override
    public boolean mkdirs(Path f, FsPermission permission) throws IOException {
        step("mkdirs " + f);
        return super.mkdirs(f, permission);
    }

    @Override
    public boolean delete(Path p, boolean recursive) throws IOException {
        step("delete " + p);
        return super.delete(p, recursive);
    }

    @Override
    public void setTimes(Path p, long mtime, long atime) throws IOException {
        step("setTimes " + p);
        super.setTimes(p, mtime, atime);
    }

    /** Copy, then delete: a kill half way leaves a partial target beside the whole source. */
    @Override
    public boolean rename(Path src, Path dst) throws IOException {
        step("rename " + src + " -> " + dst);
        if (exists(dst) || !exists(src)) {
            return false;
        }
        byte[] bytes;
        try (FSDataInputStream in = super.open(src, 4096)) {
            bytes = in.readAllBytes();
        }
        try (FSDataOutputStream out = super.create(dst, false)) {
            out.write(bytes, 0, bytes.length / 2);
            out.hflush();
            step("rename half copied " + src + " -> " + dst);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        }
        step("rename copied, source not yet deleted " + src + " -> " + dst);
        return super.delete(src, false);
    }
}
