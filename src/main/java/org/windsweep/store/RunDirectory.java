package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.apache.hadoop.hdfs.protocol.AlreadyBeingCreatedException;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.windsweep.InvalidInputException;

/**
 * A run directory on any Hadoop FileSystem (local path, file://, hdfs://, ...) and the layout inside it (README, docs/STORE.md):
 * {@code shards/}, {@code _attempts/}, {@code quarantine/}, {@code results.h5}, {@code manifest.json}.
 * Files appear under their final names only through {@link #publish}, which makes every write all-or-nothing.
 */
public final class RunDirectory {
    public static final String SHARDS = "shards";
    public static final String ATTEMPTS = "_attempts";
    public static final String QUARANTINE = "quarantine";
    public static final String RESULTS = "results.h5";
    public static final String MANIFEST = "manifest.json";
    public static final String REASON_SUFFIX = ".reason.txt";
    /** See {@link #readPublished}. */
    public static final String PREVIOUS_SUFFIX = ".previous";

    private final FileSystem fs;
    private final Path root;
    /** The lock this process holds on the directory, checked before every publish; null when it holds none. */
    private volatile RunLock lock;

    private RunDirectory(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    /**
     * @param location any FileSystem URI, or a path without scheme, which (as everywhere in Hadoop and Spark) is on
     *                 the default file system: the local one unless {@code fs.defaultFS} says otherwise
     * @param conf     the Hadoop configuration (e.g. Spark's hadoopConfiguration()); it is copied, not changed
     */
    public static RunDirectory open(String location, Configuration conf) throws IOException {
        Configuration ours = new Configuration(conf);
        Path root;
        try {
            root = new Path(location);
        } catch (IllegalArgumentException e) {
            // Hadoop refuses an empty string or a malformed URI before any file system is asked
            throw new InvalidInputException("'" + location + "' is not a path (" + e.getMessage()
                    + "); give a local directory or a Hadoop URI such as hdfs://namenode/runs/name");
        }
        String scheme = root.toUri().getScheme();
        String effectiveScheme = scheme != null ? scheme : FileSystem.getDefaultUri(ours).getScheme();
        if ("file".equals(effectiveScheme)) {
            // The raw local file system: no .crc side files, whose stale checksums would turn a damaged shard into
            // a ChecksumException instead of letting validation classify it. Integrity comes from our own checks.
            ours.set("fs.file.impl", RawLocalFileSystem.class.getName());
            ours.setBoolean("fs.file.impl.disable.cache", true);
            if (scheme == null) {
                root = new Path(java.nio.file.Path.of(location).toAbsolutePath().toUri());
            }
        }
        FileSystem fs;
        try {
            fs = root.getFileSystem(ours);
            root = fs.makeQualified(root);
        } catch (UnsupportedFileSystemException | RuntimeException e) {
            // a scheme whose file system is not on the class path (s3a without hadoop-aws), an unknown host
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InvalidInputException("cannot open '" + location + "' (" + cause.getClass().getSimpleName()
                    + ": " + cause.getMessage() + "); give a local directory or a Hadoop URI whose host exists and"
                    + " whose file system is on the class path (s3a:// needs hadoop-aws)");
        }
        return new RunDirectory(fs, root);
    }

    public Path root() {
        return root;
    }

    public FileSystem fileSystem() {
        return fs;
    }

    public Path shardsDir() {
        return new Path(root, SHARDS);
    }

    public Path shardFile(ShardName name) {
        return new Path(shardsDir(), name.fileName());
    }

    public Path attemptsDir() {
        return new Path(root, ATTEMPTS);
    }

    public Path quarantineDir() {
        return new Path(root, QUARANTINE);
    }

    public Path resultsFile() {
        return new Path(root, RESULTS);
    }

    public Path manifestFile() {
        return new Path(root, MANIFEST);
    }

    /**
     * The whole file, or null when it does not exist.
     *
     * @throws NotARegularFileException for a directory, FIFO, device or socket, which is not opened (a FIFO's read
     *                                  would wait forever for a writer)
     */
    public byte[] readIfExists(Path file) throws IOException {
        FileStatus status;
        try {
            status = fs.getFileStatus(file);
        } catch (FileNotFoundException e) {
            return null;
        }
        if (status.isDirectory()) {
            throw new NotARegularFileException(relative(file) + " is a directory, not a file");
        }
        // Hadoop's local FileStatus calls anything that is not a directory a file; ask the operating system.
        if (fs instanceof RawLocalFileSystem local && !Files.isRegularFile(local.pathToFile(file).toPath())) {
            throw new NotARegularFileException(relative(file) + " is not a regular file (a FIFO, device or socket?)");
        }
        if (status.getLen() < 0) {
            // a file system that cannot tell a file's length (http://) cannot hold a run
            throw new NotARegularFileException(relative(file) + " has no known length on " + fs.getScheme()
                    + "://; give the run on a file system such as file://, hdfs:// or s3a://");
        }
        if (status.getLen() > Integer.MAX_VALUE - 8) {
            throw new IOException(file + " is " + status.getLen() + " bytes, too large to validate in memory");
        }
        byte[] bytes = new byte[(int) status.getLen()];
        try (FSDataInputStream in = fs.open(file)) {
            in.readFully(0, bytes);
        }
        return bytes;
    }

    /** results.h5, or empty when there is none yet. */
    public Optional<ResultsFile> readResults() throws IOException, LayoutException {
        byte[] bytes = readResultsBytes();
        return bytes == null ? Optional.empty() : Optional.of(ResultsReader.read(bytes));
    }

    /** The bytes of results.h5 as {@link #readPublished} finds them, or null when there is none yet. */
    public byte[] readResultsBytes() throws IOException {
        return readPublished(resultsFile(), RunDirectory::requireReadableResults);
    }

    private static void requireReadableResults(byte[] bytes) throws IOException {
        try {
            ResultsReader.read(bytes);
        } catch (LayoutException | RuntimeException e) {
            throw new IOException("results.h5 is not readable: " + e.getMessage(), e);
        }
    }

    /** manifest.json of the last merge, or empty when the run was never merged. */
    public Optional<Manifest> readManifest() throws IOException {
        byte[] bytes = readPublished(manifestFile(), Manifest::fromJson);
        return bytes == null ? Optional.empty() : Optional.of(Manifest.fromJson(bytes));
    }

    /**
     * A file that {@link #publish} writes (run.json, manifest.json, results.h5), read back the way publish leaves
     * it on any file system: the file itself, unless a replace on a file system without atomic rename was cut
     * short, leaving the file missing or half copied while its previous version is whole under
     * {@code <name>.previous}. Then the previous version is returned. Null when neither exists.
     *
     * @param check accepts whole contents (throws IOException otherwise); only used when a previous version exists
     */
    public byte[] readPublished(Path target, ReadBackCheck check) throws IOException {
        Path previous = previousOf(target);
        byte[] current = readIfExists(target);
        if (!fs.exists(previous) || (current != null && passes(current, check))) {
            return current;
        }
        byte[] older = readIfExists(previous);
        return older != null && passes(older, check) ? older : current;
    }

    private static boolean passes(byte[] bytes, ReadBackCheck check) {
        try {
            check.verify(bytes);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Where a replace on a file system without atomic rename keeps the previous version of a published file. */
    public static Path previousOf(Path target) {
        return new Path(target.getParent(), target.getName() + PREVIOUS_SUFFIX);
    }

    /** The committed shards under {@code shards/}, by partition, each list base first. Other files are ignored. */
    public Map<Integer, List<ShardName>> listShards() throws IOException {
        Map<Integer, List<ShardName>> byPartition = new TreeMap<>();
        if (!fs.exists(shardsDir())) {
            return byPartition;
        }
        for (FileStatus status : fs.listStatus(shardsDir())) {
            ShardName.parse(status.getPath().getName()).ifPresent(name ->
                    byPartition.computeIfAbsent(name.partition(), p -> new ArrayList<>()).add(name));
        }
        byPartition.values().forEach(names -> names.sort(null));
        return byPartition;
    }

    /** The next free supplementary index K of a partition, for a rerun of its failed configs. */
    public int nextSupplementaryIndex(int partition) throws IOException {
        return listShards().getOrDefault(partition, List.of()).stream()
                .mapToInt(ShardName::supplementary).max().orElse(0) + 1;
    }

    /**
     * Takes the directory's one-writer lock for {@code command} (run, rerun, merge) until the returned lock is
     * closed; every later {@link #publish} checks the lock is still ours. The lease comes from the Hadoop setting
     * {@link RunLock#LEASE_SETTING}.
     *
     * @throws RunLockedException when another live process holds it
     */
    public RunLock lock(String command) throws IOException {
        RunLock taken = RunLock.acquire(this, command, leaseSetting(), java.time.Clock.systemUTC());
        lock = taken;
        return taken;
    }

    private java.time.Duration leaseSetting() {
        String text = fs.getConf().getTrimmed(RunLock.LEASE_SETTING);
        if (text == null) {
            return RunLock.DEFAULT_LEASE;
        }
        try {
            long seconds = Long.parseLong(text);
            if (seconds >= 1 && seconds <= 86_400) {
                return java.time.Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new org.windsweep.InvalidInputException(RunLock.LEASE_SETTING + " is '" + text + "': give whole "
                + "seconds from 1 to 86400 (default " + RunLock.DEFAULT_LEASE.toSeconds() + ")");
    }

    /**
     * Creates {@code file} holding {@code bytes} only if it does not exist, atomically: {@code O_EXCL} on a local
     * disk (Hadoop's local create checks, then creates), the file system's own create-if-absent elsewhere (one
     * NameNode operation on HDFS).
     *
     * @return false when the file already existed
     */
    boolean createExclusive(Path file, byte[] bytes) throws IOException {
        fs.mkdirs(file.getParent());
        try {
            if (fs instanceof RawLocalFileSystem local && isLocalDisk()) {
                Files.write(local.pathToFile(file).toPath(), bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
            } else {
                try (FSDataOutputStream out = fs.create(file, false)) {
                    out.write(bytes);
                }
            }
            return true;
        } catch (java.nio.file.FileAlreadyExistsException | org.apache.hadoop.fs.FileAlreadyExistsException
                 | AlreadyBeingCreatedException e) {
            return false; // on HDFS the latter: another client is creating it right now
        } catch (org.apache.hadoop.ipc.RemoteException e) {
            IOException unwrapped = e.unwrapRemoteException(org.apache.hadoop.fs.FileAlreadyExistsException.class,
                    AlreadyBeingCreatedException.class);
            if (unwrapped != e) {
                return false;
            }
            throw e;
        } catch (FSError e) {
            // A full local disk: the file was created by this call but not written, so it must not stay behind.
            IOException failure = new IOException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
            deleteQuietly(file, failure);
            throw failure;
        }
    }

    /** Checks bytes read back from an attempt file before they are published. */
    @FunctionalInterface
    public interface ReadBackCheck {
        /** @throws IOException when the bytes read back are not what should be published */
        void verify(byte[] readBack) throws IOException;
    }

    /**
     * Puts {@code bytes} at {@code target} all-or-nothing: writes them to an attempt-unique file under
     * {@code _attempts/}, reads that back and checks it (bytes equal, then {@code check}), and only then renames it
     * over {@code target}. A crash or a failed check at any point leaves {@code target} as it was.
     *
     * @param attemptPrefix names the attempt file, e.g. "part-00003" or "results"; a random UUID is appended
     */
    public void publish(byte[] bytes, Path target, String attemptPrefix, ReadBackCheck check) throws IOException {
        String extension = target.getName().substring(Math.max(0, target.getName().lastIndexOf('.')));
        Path attempt = new Path(attemptsDir(), attemptPrefix + "-" + UUID.randomUUID() + extension);
        try {
            fs.mkdirs(attemptsDir());
            try (FSDataOutputStream out = fs.create(attempt, false)) {
                out.write(bytes);
                out.hsync(); // on disk before the rename makes it visible: no 0-byte file after a power cut
            }
            byte[] readBack = readIfExists(attempt);
            if (!Arrays.equals(bytes, readBack)) {
                throw new IOException(attempt + " does not read back as written");
            }
            check.verify(readBack);
            if (lock != null) {
                lock.requireHeld();
            }
            fs.mkdirs(target.getParent());
            replace(attempt, target, check);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(attempt, e);
            throw e;
        } catch (FSError e) {
            // The local file system reports a full disk as this Error: the attempt file must not stay behind either.
            IOException failure = new IOException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
            deleteQuietly(attempt, failure);
            throw failure;
        }
    }

    /** Removes a failed attempt's file; a failure to do so is attached to the exception that matters. */
    private void deleteQuietly(Path attempt, Exception cause) {
        try {
            fs.delete(attempt, false);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Renames {@code source} onto {@code target}, replacing an existing target (which FileSystem.rename refuses).
     * Atomic on local disks and HDFS. Elsewhere (s3a and other object stores, where rename copies then deletes and
     * an overwrite-rename deletes the target first) see {@link #replaceKeepingPrevious}.
     */
    private void replace(Path source, Path target, ReadBackCheck check) throws IOException {
        if (fs instanceof RawLocalFileSystem local && isLocalDisk()) {
            // rename(2) replaces atomically; Hadoop's generic overwrite-rename deletes the target first.
            Files.move(local.pathToFile(source).toPath(), local.pathToFile(target).toPath(),
                    StandardCopyOption.ATOMIC_MOVE);
        } else if (fs instanceof DistributedFileSystem hdfs) {
            hdfs.rename(source, target, Options.Rename.OVERWRITE); // one NameNode operation
        } else {
            replaceKeepingPrevious(source, target, check);
        }
    }

    /**
     * Replaces {@code target} with plain renames, each of which may be a copy followed by a delete, such that a
     * kill at any instant leaves a whole version (old or new) that {@link #readPublished} finds: either
     * {@code target} is whole, or {@code <target>.previous} is.
     * <ol>
     *   <li>A whole target becomes the previous version (a leftover previous goes first: the target is newer).
     *   A target that is not whole while a previous version exists is what a killed copy left: deleted.</li>
     *   <li>The source becomes the target; then the previous version is deleted.</li>
     * </ol>
     */
    private void replaceKeepingPrevious(Path source, Path target, ReadBackCheck check) throws IOException {
        Path previous = previousOf(target);
        if (fs.exists(target)) {
            byte[] current = readIfExists(target);
            if (fs.exists(previous) && !passes(current, check)) {
                fs.delete(target, false);
            } else {
                fs.delete(previous, false);
                renameOrFail(target, previous);
            }
        }
        renameOrFail(source, target);
        fs.delete(previous, false);
    }

    /** The local disk itself (file://), not a file system built on it under another scheme. */
    private boolean isLocalDisk() {
        return "file".equals(fs.getUri().getScheme());
    }

    private void renameOrFail(Path source, Path target) throws IOException {
        if (!fs.rename(source, target)) {
            throw new IOException("could not rename " + source + " to " + target);
        }
    }

    /**
     * Moves a file into {@code quarantine/} under a name not used there yet, next to {@code <name>.reason.txt}.
     * Nothing is ever deleted from quarantine.
     *
     * @return the quarantined file
     */
    public Path quarantine(Path file, String reason) throws IOException {
        fs.mkdirs(quarantineDir());
        Path destination = new Path(quarantineDir(), file.getName());
        for (int n = 2; fs.exists(destination) || fs.exists(reasonFileOf(destination)); n++) {
            destination = new Path(quarantineDir(), file.getName() + "." + n);
        }
        if (!fs.rename(file, destination)) {
            throw new IOException("could not move " + file + " to " + destination);
        }
        try (FSDataOutputStream out = fs.create(reasonFileOf(destination), false)) {
            out.write((reason + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return destination;
    }

    /**
     * Every file in {@code quarantine/} with the status and reason of its reason file: what all merges so far set
     * aside, from the directory itself, so that no record is lost when two merges publish their manifests. A file
     * whose reason file is missing or unreadable (a kill between the move and the write) is listed with status null.
     */
    public List<Manifest.Quarantined> quarantineRecords() throws IOException {
        List<Manifest.Quarantined> records = new ArrayList<>();
        if (!fs.exists(quarantineDir())) {
            return records;
        }
        FileStatus[] entries = fs.listStatus(quarantineDir());
        Arrays.sort(entries);
        for (FileStatus entry : entries) {
            Path file = entry.getPath();
            if (file.getName().endsWith(REASON_SUFFIX)) {
                continue;
            }
            String reason;
            try {
                byte[] bytes = readIfExists(reasonFileOf(file));
                reason = bytes == null ? "no reason file" : new String(bytes, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                reason = "reason file unreadable: " + e.getMessage();
            }
            records.add(new Manifest.Quarantined(relative(file), statusNamedIn(reason), reason));
        }
        return records;
    }

    /** The status of a reason "name: STATUS: why", or null if it names none. */
    private static ShardStatus statusNamedIn(String reason) {
        String[] fields = reason.split(": ", 3);
        for (String field : fields.length > 1 ? new String[] {fields[1], fields[0]} : fields) {
            for (ShardStatus status : ShardStatus.values()) {
                if (status.name().equals(field)) {
                    return status;
                }
            }
        }
        return null;
    }

    private static Path reasonFileOf(Path quarantined) {
        return new Path(quarantined.getParent(), quarantined.getName() + REASON_SUFFIX);
    }

    /** A path relative to the run directory, for manifests and messages. */
    public String relative(Path file) {
        String rootText = root.toUri().getPath().replaceAll("/+$", "");
        String fileText = file.toUri().getPath();
        return fileText.startsWith(rootText + "/") ? fileText.substring(rootText.length() + 1) : file.toString();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
