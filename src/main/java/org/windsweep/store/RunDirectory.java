package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.hdfs.DistributedFileSystem;

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

/**
 * A run directory on any Hadoop FileSystem (local path, file://, hdfs://, ...) and the brief's layout inside it:
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

    private final FileSystem fs;
    private final Path root;

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
        Path root = new Path(location);
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
        FileSystem fs = root.getFileSystem(ours);
        root = fs.makeQualified(root);
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
        byte[] bytes = readIfExists(resultsFile());
        return bytes == null ? Optional.empty() : Optional.of(ResultsReader.read(bytes));
    }

    /** manifest.json of the last merge, or empty when the run was never merged. */
    public Optional<Manifest> readManifest() throws IOException {
        byte[] bytes = readIfExists(manifestFile());
        return bytes == null ? Optional.empty() : Optional.of(Manifest.fromJson(bytes));
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
            fs.mkdirs(target.getParent());
            replace(attempt, target);
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
     * Atomic on local disks and HDFS; elsewhere as atomic as the store's own overwrite-rename.
     */
    private void replace(Path source, Path target) throws IOException {
        if (fs instanceof RawLocalFileSystem local) {
            // rename(2) replaces atomically; Hadoop's generic overwrite-rename deletes the target first.
            Files.move(local.pathToFile(source).toPath(), local.pathToFile(target).toPath(),
                    StandardCopyOption.ATOMIC_MOVE);
        } else if (fs instanceof DistributedFileSystem hdfs) {
            hdfs.rename(source, target, Options.Rename.OVERWRITE); // one NameNode operation
        } else {
            // E.g. s3a: FileContext offers the overwrite-rename that FileSystem keeps protected.
            FileContext.getFileContext(fs.getUri(), fs.getConf()).rename(source, target, Options.Rename.OVERWRITE);
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
