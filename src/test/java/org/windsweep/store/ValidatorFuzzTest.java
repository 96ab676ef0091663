package org.windsweep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of seeded random and damaged files (truncations, bit flips, byte splices of valid shards, noise): the
 * validator never throws, never takes longer than its bound, and trusts a file only when a full read gives back
 * exactly what was written.
 */
class ValidatorFuzzTest {
    private static final int FILES = 3000;
    private static final int SIZE = 12;
    private static final ShardName NAME = ShardName.base(3);
    private static final Duration BOUND = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private record Sample(ShardContents contents, byte[] bytes) {
    }

    private List<Sample> validShards() throws Exception {
        List<String> keys = Fixtures.partitionKeys(3, SIZE);
        List<ShardContents> shards = List.of(
                Fixtures.shard(NAME, keys, List.of(), 16, 1),
                Fixtures.shard(NAME, keys, List.of(keys.get(0), keys.get(5), keys.get(11)), 4, 2),
                Fixtures.shard(NAME, keys.subList(0, 7), List.of(keys.get(6)), 1, 3),
                Fixtures.shard(NAME, keys, keys, 16, 4));
        List<Sample> samples = new ArrayList<>();
        for (ShardContents shard : shards) {
            Path file = dir.resolve("valid-" + samples.size() + ".h5");
            ShardWriter.write(shard, file);
            samples.add(new Sample(shard, Files.readAllBytes(file)));
        }
        return samples;
    }

    @Test
    void damagedFilesAreNeverTrustedUnlessTheyReadBackWhole() throws Exception {
        List<Sample> valid = validShards();
        ShardValidator validator = new ShardValidator(ResultCheck.NONE, BOUND);
        ShardExpectation expected = Fixtures.expectation(NAME, SIZE);
        Random random = new Random(20261125);
        Map<ShardStatus, Integer> counts = new EnumMap<>(ShardStatus.class);
        long slowestNanos = 0;

        for (int i = 0; i < FILES; i++) {
            Sample original = valid.get(random.nextInt(valid.size()));
            byte[] damaged = damage(original.bytes(), valid.get(random.nextInt(valid.size())).bytes(), random);
            long start = System.nanoTime();
            ShardVerdict verdict = validator.validate(damaged, expected);
            long nanos = System.nanoTime() - start;
            slowestNanos = Math.max(slowestNanos, nanos);

            assertNotNull(verdict.status());
            assertTrue(nanos < BOUND.toNanos() + 2_000_000_000L, "file " + i + " took " + nanos / 1e9 + " s");
            if (verdict.isTrusted()) {
                assertEquals(original.contents(), verdict.contents(), "file " + i + " trusted but not what was written");
            }
            counts.merge(verdict.status(), 1, Integer::sum);
        }
        System.out.println("fuzz verdicts " + counts + ", slowest " + slowestNanos / 1_000_000 + " ms");
        assertTrue(counts.getOrDefault(ShardStatus.TRUNCATED, 0) > 0 && counts.getOrDefault(ShardStatus.NOT_HDF5, 0) > 0,
                "the damage reaches several classes: " + counts);
    }

    /** One of several kinds of damage, chosen at random. */
    private static byte[] damage(byte[] bytes, byte[] other, Random random) {
        byte[] copy = bytes.clone();
        switch (random.nextInt(7)) {
            case 0 -> { // truncation anywhere, including inside the superblock
                return Arrays.copyOf(copy, random.nextInt(copy.length));
            }
            case 1 -> { // a few flipped bits anywhere
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips; f++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            case 2 -> { // one flipped bit past the superblock, where only structure and content checks can help
                int at = 48 + random.nextInt(copy.length - 48);
                copy[at] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
            case 3 -> { // a span of another valid shard spliced in at a random place, same length
                int length = 1 + random.nextInt(Math.min(other.length, copy.length) / 4);
                int from = random.nextInt(other.length - length);
                int to = random.nextInt(copy.length - length);
                System.arraycopy(other, from, copy, to, length);
                return copy;
            }
            case 4 -> { // head of this shard, tail of another
                int cut = random.nextInt(Math.min(copy.length, other.length));
                byte[] spliced = Arrays.copyOf(copy, cut + other.length - cut);
                System.arraycopy(other, cut, spliced, cut, other.length - cut);
                return spliced;
            }
            case 5 -> { // a zeroed range, as after a crash with unflushed pages
                int from = random.nextInt(copy.length);
                Arrays.fill(copy, from, Math.min(copy.length, from + 1 + random.nextInt(512)), (byte) 0);
                return copy;
            }
            default -> { // noise, sometimes behind a real HDF5 signature
                byte[] noise = new byte[random.nextInt(4096)];
                random.nextBytes(noise);
                if (noise.length >= 8 && random.nextBoolean()) {
                    System.arraycopy(bytes, 0, noise, 0, Math.min(noise.length, 48));
                }
                return noise;
            }
        }
    }
}
