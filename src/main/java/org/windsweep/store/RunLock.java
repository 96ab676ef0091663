package org.windsweep.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One writer per run directory. run, rerun and merge hold {@code RUN/_lock/holder.json} while they change the
 * directory; status, validate and report only read and take no lock.
 *
 * <ul>
 *   <li>Taking the lock is an exclusive create of holder.json (which names the command, host, pid, start time and a
 *   random token): one NameNode operation on HDFS, {@code O_EXCL} on a local disk. Whoever fails to create it gets
 *   {@link RunLockedException} naming the holder.</li>
 *   <li>The holder refreshes holder.json's modification time every quarter lease (heartbeat). A lock whose time is
 *   more than its lease old belongs to a process that is gone (killed, or its machine lost) and is stale.</li>
 *   <li>Ending a lock, by release or by takeover, first creates {@code RUN/_lock/ended/<token>} exclusively. Only the
 *   one who created that marker may delete holder.json of that token, so of two processes taking over one stale
 *   lock (or a slow holder releasing while another takes over) exactly one deletes it; the other starts again and
 *   finds the new holder. Markers are never deleted: they are a few empty files, one per command.</li>
 * </ul>
 * Staleness compares the holder's clock (it sets the time) with the taker's: clocks must agree to well within the
 * lease, which NTP gives.
 */
public final class RunLock implements AutoCloseable {
    public static final String DIRECTORY = "_lock";
    static final String HOLDER_FILE = "holder.json";
    static final String ENDED = "ended";
    /** Hadoop setting: the lease in seconds (default {@link #DEFAULT_LEASE}); the holder heartbeats 4 times a lease. */
    public static final String LEASE_SETTING = "windsweep.lock.lease-s";
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
    /** How often acquire starts again after losing a race for a stale lock before it gives up. */
    private static final int TAKEOVER_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What holder.json says. */
    public record Holder(String token, String command, String host, long pid, String startedAt, long leaseS) {
        /** One line for messages: "'windsweep merge' (pid 4711 on node7, since 2026-...)". */
        public String describe() {
            return "'windsweep " + command + "' (pid " + pid + " on " + host + ", since " + startedAt + ")";
        }
    }

    private final RunDirectory run;
    private final Holder holder;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat;

    private RunLock(RunDirectory run, Holder holder, Clock clock) {
        this.run = run;
        this.holder = holder;
        this.clock = clock;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "windsweep-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long periodMs = Math.max(1, Duration.ofSeconds(holder.leaseS()).toMillis() / 4);
        heartbeat.scheduleAtFixedRate(this::beat, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lock of {@code run} for {@code command}, taking over a stale one.
     *
     * @throws RunLockedException when another live process holds it
     */
    static RunLock acquire(RunDirectory run, String command, Duration lease, Clock clock) throws IOException {
        String host = InetAddress.getLocalHost().getHostName();
        Holder ours = new Holder(UUID.randomUUID().toString(), command, host, ProcessHandle.current().pid(),
                clock.instant().toString(), Math.max(1, lease.toSeconds()));
        byte[] json = MAPPER.writeValueAsBytes(ours);
        for (int attempt = 0; attempt < TAKEOVER_ATTEMPTS; attempt++) {
            if (run.createExclusive(holderFile(run), json)) {
                return new RunLock(run, ours, clock);
            }
            Optional<Seen> seen = Seen.read(run);
            if (seen.isEmpty()) {
                continue; // released between our create and our read: try again
            }
            if (!seen.get().isStale(clock)) {
                throw new RunLockedException(run + " is in use by " + seen.get().describe() + "; wait for it to end "
                        + "(a lock whose process is gone goes stale " + seen.get().leaseS() + " s after its last "
                        + "heartbeat and is then taken over)");
            }
            if (end(run, seen.get(), clock)) {
                LOG.warn("took over the stale lock of {}: {} (last heartbeat {})", run, seen.get().describe(),
                        Instant.ofEpochMilli(seen.get().modifiedMs()));
            }
        }
        throw new RunLockedException(run + " is contended: " + TAKEOVER_ATTEMPTS + " attempts to take its lock "
                + "lost to other commands; run one command at a time on a run directory");
    }

    /**
     * Who holds the lock of {@code run} now, for messages of commands that only read (status): empty when nobody
     * does or the holder's lease has run out.
     */
    public static Optional<Holder> liveHolder(RunDirectory run) throws IOException {
        Clock now = Clock.systemUTC();
        return Seen.read(run).filter(seen -> !seen.isStale(now)).map(Seen::holder);
    }

    /**
     * Ends the lock that {@code seen} describes, if nobody else has: creates its ended-marker exclusively, then
     * deletes holder.json if it still holds that token and, for a takeover ({@code staleBy} not null), is still
     * stale: the first read may have paired an old file's time with a new holder's token.
     *
     * @return true when this call ended it
     */
    private static boolean end(RunDirectory run, Seen seen, Clock staleBy) throws IOException {
        if (!run.createExclusive(new Path(endedDir(run), seen.token()), new byte[0])) {
            return false; // another process ended it first
        }
        Optional<Seen> now = Seen.read(run);
        if (now.isPresent() && now.get().token().equals(seen.token())
                && (staleBy == null || now.get().isStale(staleBy))) {
            run.fileSystem().delete(holderFile(run), false);
            return true;
        }
        return false;
    }

    /** @throws IOException when another process has taken the lock over (this one's heartbeat stopped too long) */
    public void requireHeld() throws IOException {
        Optional<Seen> seen = Seen.read(run);
        if (seen.isEmpty() || !seen.get().token().equals(holder.token())) {
            throw new IOException("lost the lock of " + run + (seen.map(s -> " to " + s.describe()).orElse(""))
                    + ": this process stopped heart-beating for longer than its lease; nothing more is written");
        }
    }

    public Holder holder() {
        return holder;
    }

    /** Refreshes holder.json's time; a failure is logged and the next beat tries again. */
    private void beat() {
        try {
            run.fileSystem().setTimes(holderFile(run), clock.millis(), -1);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not refresh the lock of {}: {}", run, e.toString());
        }
    }

    /** Stops the heartbeat and removes holder.json, unless another process took the lock over meanwhile. */
    @Override
    public void close() throws IOException {
        heartbeat.shutdownNow();
        Optional<Seen> seen = Seen.read(run);
        if (seen.isPresent() && seen.get().token().equals(holder.token())) {
            end(run, seen.get(), null);
        } else {
            LOG.warn("the lock of {} was taken over before this command ended", run);
        }
    }

    static Path holderFile(RunDirectory run) {
        return new Path(new Path(run.root(), DIRECTORY), HOLDER_FILE);
    }

    private static Path endedDir(RunDirectory run) {
        return new Path(new Path(run.root(), DIRECTORY), ENDED);
    }

    /**
     * holder.json as found: its holder (unknown fields when it is not readable, e.g. its creator was killed before
     * writing it) and its modification time.
     */
    private record Seen(Holder holder, long modifiedMs) {
        static Optional<Seen> read(RunDirectory run) throws IOException {
            FileStatus status;
            byte[] bytes;
            try {
                // Bytes first, then the time: a holder replaced in between pairs an old token with a newer (so
                // fresher) time, which errs towards "in use", never towards taking over a live lock.
                try {
                    bytes = run.readIfExists(holderFile(run));
                } catch (EOFException e) {
                    bytes = new byte[0]; // being written right now (HDFS): unreadable, so judged by its time
                }
                status = run.fileSystem().getFileStatus(holderFile(run));
            } catch (FileNotFoundException | NotARegularFileException e) {
                return Optional.empty(); // deleted between looking and reading: released
            }
            if (bytes == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Seen(MAPPER.readValue(bytes, Holder.class), status.getModificationTime()));
            } catch (IOException e) {
                // Unreadable: named by its time, so that concurrent takers still agree on one ended-marker.
                Holder unknown = new Holder("unreadable-" + status.getModificationTime(), "(unknown: unreadable "
                        + HOLDER_FILE + ")", "unknown host", -1, Instant.ofEpochMilli(status.getModificationTime())
                        .toString(), DEFAULT_LEASE.toSeconds());
                return Optional.of(new Seen(unknown, status.getModificationTime()));
            }
        }

        String token() {
            return holder.token();
        }

        long leaseS() {
            return holder.leaseS();
        }

        boolean isStale(Clock clock) {
            return clock.millis() - modifiedMs > Duration.ofSeconds(holder.leaseS()).toMillis();
        }

        String describe() {
            return holder.describe();
        }
    }
}
