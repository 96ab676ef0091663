import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times two builds of windsweep against each other in one JVM: the AEP (or AEP+gradient) of one case file, each build
 * loaded by a class loader of its own, the two timed in turns in slices of half a second. On a machine whose speed
 * drifts by half for minutes at a time, runs of one build after the other (even in turns) measure the drift; two
 * slices a second apart see the same machine, so the ratio of each pair, and its median over many pairs, is what the
 * change did. Prints each build's median time and AEP, and the median ratio with its quartiles.
 *
 * <pre>
 *   mvn -q -DskipTests package        # in each checkout: its target/classes, and the classpath files
 *   java -cp "$(cat target/classpath-runtime.txt):$(cat target/classpath-without-spark.txt)" bench/PairedBuilds.java \
 *       NEW/target/classes OLD/target/classes examples/aep-case-hornsrev1-v80-16.json [aep|gradient] [SECONDS]
 * </pre>
 * The class path names the libraries only: a windsweep build on it would be loaded for both. A change that should move
 * no number (a batch, a reordering) must print the same AEP for both builds, to the last digit.
 */
public final class PairedBuilds {

    private static final long WARM_UP_MS = 6000;
    private static final long SLICE_MS = 500;
    private static final double DEFAULT_SECONDS = 40;

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 4 ? positiveSeconds(args[4]) : DEFAULT_SECONDS;
        if (args.length < 3 || args.length > 5 || (args.length > 3 && !args[3].matches("aep|gradient")) || seconds <= 0) {
            fail("usage: java -cp LIBRARIES bench/PairedBuilds.java CLASSES_A CLASSES_B CASE_FILE [aep|gradient]"
                    + " [SECONDS > 0]");
        }
        if (PairedBuilds.class.getClassLoader().getResource("org/windsweep/inputs/AepCase.class") != null) {
            fail("PairedBuilds: the class path holds a windsweep build, which both builds would then load: give it the"
                    + " libraries only (target/classpath-runtime.txt and target/classpath-without-spark.txt)");
        }
        boolean gradient = args.length > 3 && args[3].equals("gradient");
        Path caseFile = Path.of(args[2]);
        Build[] builds = {build(Path.of(args[0]), caseFile, gradient), build(Path.of(args[1]), caseFile, gradient)};
        for (Build build : builds) {
            build.timeSlice(WARM_UP_MS);
        }
        int pairs = Math.max(1, (int) Math.round(seconds * 1000 / (2 * SLICE_MS)));
        double[] a = new double[pairs];
        double[] b = new double[pairs];
        double[] ratio = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            // A first in even pairs, B first in odd ones: neither always runs in the other's wake
            if (p % 2 == 0) {
                a[p] = builds[0].timeSlice(SLICE_MS);
                b[p] = builds[1].timeSlice(SLICE_MS);
            } else {
                b[p] = builds[1].timeSlice(SLICE_MS);
                a[p] = builds[0].timeSlice(SLICE_MS);
            }
            ratio[p] = a[p] / b[p];
        }
        System.out.printf(Locale.ROOT, "A %s: median %.2f ms a call, AEP %.17g GWh%n", args[0], median(a), builds[0].aep);
        System.out.printf(Locale.ROOT, "B %s: median %.2f ms a call, AEP %.17g GWh%n", args[1], median(b), builds[1].aep);
        System.out.printf(Locale.ROOT, "A/B: median %.3f, quartiles %.3f and %.3f, over %d pairs of %d ms slices; AEPs %s%n",
                median(ratio), quantile(ratio, 0.25), quantile(ratio, 0.75), pairs, SLICE_MS,
                builds[0].aep == builds[1].aep ? "identical" : "differ");
    }

    /** The number of seconds, or 0 where it is not one. */
    private static double positiveSeconds(String text) {
        try {
            double seconds = Double.parseDouble(text);
            return seconds > 0 && seconds < Double.POSITIVE_INFINITY ? seconds : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A build of the case, or one line saying why not (a missing directory, a case file that does not read). */
    private static Build build(Path classes, Path caseFile, boolean gradient) throws Exception {
        if (!Files.isDirectory(classes) && !Files.isRegularFile(classes)) {
            fail("PairedBuilds: " + classes + " does not exist: build it first (mvn -DskipTests package)");
        }
        try {
            return new Build(classes, caseFile, gradient);
        } catch (InvocationTargetException e) {
            fail("PairedBuilds: " + classes + ": " + e.getCause().getMessage());
        } catch (ClassNotFoundException e) {
            fail("PairedBuilds: " + classes + " is not a windsweep build (no " + e.getMessage() + ")");
        }
        throw new AssertionError("fail returns only by exiting");
    }

    private static void fail(String line) {
        System.err.println(line);
        System.exit(2);
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /** The value of rank floor(q * (n - 1)) from the smallest (for an even n, the lower of the two middle values). */
    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(q * (sorted.length - 1))];
    }

    /** One build's model of the case, called through reflection so that each build keeps its own classes. */
    private static final class Build {
        private final Object model;
        private final Method aepOf;
        private final Method total;
        private final Method aepWithGradient;
        private final boolean gradient;
        private final double[] x;
        private final double[] y;
        private final double[] dx;
        private final double[] dy;
        private double aep;

        Build(Path classes, Path caseFile, boolean gradient) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, PairedBuilds.class.getClassLoader());
            Class<?> caseClass = loader.loadClass("org.windsweep.inputs.AepCase");
            Object aepCase = caseClass.getMethod("read", Path.class).invoke(null, caseFile);
            Class<?> turbine = loader.loadClass("org.windsweep.physics.Turbine");
            Class<?> site = loader.loadClass("org.windsweep.physics.Site");
            Class<?> wakeModel = loader.loadClass("org.windsweep.physics.WakeModel");
            Object caseWakeModel = loader.loadClass("org.windsweep.physics.WakeModels").getMethod("byName", String.class)
                    .invoke(null, caseClass.getMethod("wakeModel").invoke(aepCase));
            Class<?> farm = loader.loadClass("org.windsweep.physics.WindFarmModel");
            this.model = farm.getConstructor(turbine, site, wakeModel).newInstance(
                    caseClass.getMethod("turbine").invoke(aepCase), caseClass.getMethod("site").invoke(aepCase),
                    caseWakeModel);
            this.aepOf = farm.getMethod("aep", double[].class, double[].class);
            this.total = loader.loadClass("org.windsweep.physics.AepResult").getMethod("total");
            this.aepWithGradient = farm.getMethod("aepWithGradient", double[].class, double[].class, double[].class,
                    double[].class);
            this.gradient = gradient;
            this.x = (double[]) caseClass.getMethod("x").invoke(aepCase);
            this.y = (double[]) caseClass.getMethod("y").invoke(aepCase);
            this.dx = new double[x.length];
            this.dy = new double[x.length];
        }

        /** Calls the AEP for about sliceMs; the mean time of a call [ms]. */
        double timeSlice(long sliceMs) throws Exception {
            long start = System.nanoTime();
            long end = start + sliceMs * 1_000_000;
            int calls = 0;
            long now;
            do {
                aep = gradient ? (double) aepWithGradient.invoke(model, x, y, dx, dy) : (double) total.invoke(aepOf.invoke(model, x, y));
                calls++;
                now = System.nanoTime();
            } while (now < end);
            return (now - start) / 1e6 / calls;
        }
    }
}
