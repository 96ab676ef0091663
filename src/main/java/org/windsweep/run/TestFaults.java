package org.windsweep.run;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Faults injected into chosen configs, for the fault-injection tests only. They come from the Spark setting or
 * thread-local job property {@value #SPARK_KEY} (for example {@code farm0_t1_s2=throw;farm1_t0_s0=hang}), never
 * from a sweep spec, so no user spec can reach them. {@code throw} fails the config with an exception; {@code hang}
 * blocks it past any limit, ignoring cancellation, as a stuck native call would; {@code abort} fails the whole task
 * of the config's partition before it commits anything, as a lost disk or a dying executor would.
 */
public record TestFaults(Map<String, Fault> faultsByKey) implements Serializable {

    public static final String SPARK_KEY = "spark.windsweep.test.faults";

    enum Fault { THROW, HANG, ABORT }

    static TestFaults none() {
        return new TestFaults(Map.of());
    }

    public static TestFaults parse(String setting) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        for (String entry : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] keyAndFault = entry.split("=", 2);
            if (keyAndFault.length != 2) {
                throw new IllegalArgumentException(SPARK_KEY + ": expected key=throw or key=hang, got '" + entry + "'");
            }
            faults.put(keyAndFault[0].trim(), Fault.valueOf(keyAndFault[1].trim().toUpperCase(java.util.Locale.ROOT)));
        }
        return new TestFaults(Map.copyOf(faults));
    }

    /** Called at the start of a task, with its configs' keys. */
    public void injectIntoTask(java.util.Collection<String> keys) {
        for (String key : keys) {
            if (faultsByKey.get(key) == Fault.ABORT) {
                throw new IllegalStateException("task aborted by a test fault on " + key);
            }
        }
    }

    /** Called at the start of a config's work. */
    void inject(String key) {
        Fault fault = faultsByKey.get(key);
        if (fault == Fault.THROW) {
            throw new IllegalStateException("fault injected by test into " + key);
        }
        if (fault == Fault.HANG) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // a hung config does not answer interrupts either
                }
            }
        }
    }
}
