package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

/** Which partition computes which config: deterministic, balanced, and exactly reproducible from run.json. */
class PartitionAssignmentTest {

    /** Configs in the sweep's order: farms, then turbine types, then seeds. */
    private static List<SweepConfig> configs(int farms, int types, int seeds) {
        List<SweepConfig> configs = new ArrayList<>();
        for (int f = 0; f < farms; f++) {
            for (int t = 0; t < types; t++) {
                for (int s = 0; s < seeds; s++) {
                    configs.add(new SweepConfig(SweepConfig.keyOf(f, t, s, 16, false), f, t, s, 16, "farm" + f, "type" + t, 130, 110, 260));
                }
            }
        }
        return configs;
    }

    @Test
    void configsAreDealtRoundRobinInConfigOrder() {
        PartitionAssignment assignment = PartitionAssignment.roundRobin(configs(2, 2, 3), 5);

        assertEquals(5, assignment.count());
        assertEquals(12, assignment.configCount());
        assertEquals(List.of("farm0_t0_s0", "farm0_t1_s2", "farm1_t1_s1"), assignment.keysOf(0));
        assertEquals(List.of("farm0_t0_s1", "farm1_t0_s0", "farm1_t1_s2"), assignment.keysOf(1));
        assertEquals(List.of("farm0_t1_s1", "farm1_t1_s0"), assignment.keysOf(4));
        assertEquals(0, assignment.partitionOf("farm0_t0_s0"));
        assertEquals(3, assignment.partitionOf("farm0_t1_s0"));
    }

    @Test
    void everyPartitionGetsEveryFarmAndTypeWhenThereAreEnoughConfigs() {
        List<SweepConfig> configs = configs(10, 3, 100);
        PartitionAssignment assignment = PartitionAssignment.roundRobin(configs, 8);

        for (int p = 0; p < assignment.count(); p++) {
            Set<String> farmsAndTypes = new HashSet<>();
            for (String key : assignment.keysOf(p)) {
                farmsAndTypes.add(key.substring(0, key.indexOf("_s")));
            }
            assertEquals(30, farmsAndTypes.size(), "partition " + p + " has every farm x type");
            assertTrue(Math.abs(assignment.keysOf(p).size() - 3000 / 8) <= 1, "sizes differ by at most one");
        }
    }

    @Test
    void theSameConfigsAndCountGiveTheSameAssignment() {
        assertEquals(PartitionAssignment.roundRobin(configs(3, 2, 4), 7), PartitionAssignment.roundRobin(configs(3, 2, 4), 7));
        assertNotEquals(PartitionAssignment.roundRobin(configs(3, 2, 4), 7), PartitionAssignment.roundRobin(configs(3, 2, 4), 6));
    }

    @Test
    void theDefaultIsFourTasksPerCoreButNeverMoreThanTheConfigs() {
        assertEquals(8, PartitionAssignment.defaultPartitionCount(3000, 2));
        assertEquals(256, PartitionAssignment.defaultPartitionCount(3000, 64));
        assertEquals(24, PartitionAssignment.defaultPartitionCount(24, 64));
        assertEquals(4, PartitionAssignment.defaultPartitionCount(3000, 0), "an unknown core count counts as one");
    }

    @Test
    void runJsonRoundTripsThroughJackson() throws Exception {
        PartitionAssignment assignment = PartitionAssignment.roundRobin(configs(3, 2, 4), 5);
        ObjectMapper mapper = new ObjectMapper();

        String json = mapper.writeValueAsString(assignment.toRunJson());
        Map<String, Object> readBack = mapper.readValue(json, new TypeReference<Map<String, Object>>() { });
        PartitionAssignment restored = PartitionAssignment.fromRunJson(readBack);

        assertEquals(assignment, restored);
        assertEquals("round_robin", readBack.get("rule"));
        assertEquals(5, readBack.get("partitions"));
        assertEquals(24, readBack.get("config_count"));
        for (SweepConfig config : configs(3, 2, 4)) {
            assertEquals(assignment.partitionOf(config.key()), restored.partitionOf(config.key()));
        }
    }

    @Test
    void aDamagedAssignmentInRunJsonIsRefused() {
        Map<String, Object> json = new java.util.HashMap<>(PartitionAssignment.roundRobin(configs(1, 1, 4), 2).toRunJson());
        json.put("keys", List.of(List.of("farm0_t0_s0", "farm0_t0_s2"), List.of("farm0_t0_s1", "farm0_t0_s2")));

        InvalidInputException error = assertThrows(InvalidInputException.class, () -> PartitionAssignment.fromRunJson(json));
        assertEquals("the partition assignment in run.json: config farm0_t0_s2 is assigned to two partitions; the run directory"
                + " was not written by this version of windsweep, or was edited: start a new run", error.getMessage());

        json.put("keys", List.of(List.of("farm0_t0_s0", "farm0_t0_s2"), List.of("farm0_t0_s1")));
        assertThrows(InvalidInputException.class, () -> PartitionAssignment.fromRunJson(json), "config_count 4 no longer matches 3 keys");
    }

    @Test
    void anUnknownKeyHasNoPartition() {
        PartitionAssignment assignment = PartitionAssignment.roundRobin(configs(1, 1, 2), 2);

        assertThrows(IllegalArgumentException.class, () -> assignment.partitionOf("farm9_t0_s0"));
        assertThrows(IllegalArgumentException.class, () -> PartitionAssignment.roundRobin(configs(1, 1, 2), 3));
    }
}
