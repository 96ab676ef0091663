package org.windsweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/ARCHITECTURE.md's "may use" table as a rule on the imports of every main class: a package may import the
 * root package, the JDK, the packages and libraries its row names, and ("everything above") every package listed
 * before it with their libraries.
 */
class ArchitectureTest {

    private static final Path DOC = Path.of("docs/ARCHITECTURE.md");
    private static final Path MAIN_SOURCES = Path.of("src/main/java/org/windsweep");
    private static final String ROOT = "org.windsweep";

    /** The libraries the table names, by the import prefixes that stand for them. */
    private static final Map<String, List<String>> LIBRARIES = Map.of(
            "Hipparchus", List.of("org.hipparchus."),
            "jhdf", List.of("io.jhdf."),
            "snakeyaml-engine", List.of("org.snakeyaml.engine."),
            "Jackson", List.of("com.fasterxml.jackson."),
            "Hadoop FS", List.of("org.apache.hadoop."),
            "Spark", List.of("org.apache.spark.", "scala.", "org.slf4j."),
            "picocli", List.of("picocli."),
            "SLF4J", List.of("org.slf4j."),
            "JTS", List.of("org.locationtech.jts."));

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)` \\|.*\\| ([^|]+) \\|$");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void everyMainClassImportsOnlyWhatItsPackageMayUse() throws IOException {
        Map<String, Set<String>> allowed = allowedPrefixes(Files.readAllLines(DOC));
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                violations.addAll(violations(allowed, file.toString(), Files.readString(file)));
            }
        }
        assertEquals(List.of(), violations, "imports that docs/ARCHITECTURE.md's table does not allow");
    }

    @Test
    void aPhysicsClassThatImportsSparkOrTheSparkPackageBreaksTheRule() throws IOException {
        Map<String, Set<String>> allowed = allowedPrefixes(Files.readAllLines(DOC));
        String source = "package org.windsweep.physics;\n\nimport org.apache.spark.SparkConf;\n"
                + "import org.windsweep.spark.RunService;\nimport org.hipparchus.util.FastMath;\n";
        List<String> found = violations(allowed, "Wake.java", source);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("org.apache.spark.SparkConf"), found.toString());
        assertTrue(found.get(1).contains("org.windsweep.spark.RunService"), found.toString());
    }

    @Test
    void theTableKeepsTheLayeringTheDocumentPromises() throws IOException {
        Map<String, Set<String>> allowed = allowedPrefixes(Files.readAllLines(DOC));
        assertEquals(List.of("", "physics", "inputs", "optimize", "sweep", "store", "report", "run", "spark", "cli"),
                allowed.keySet().stream().map(p -> p.equals(ROOT) ? "" : p.substring(ROOT.length() + 1)).toList());
        assertFalse(allowed.get(ROOT + ".physics").stream().anyMatch(p -> p.startsWith("org.apache.")),
                "physics must know nothing of Spark or Hadoop");
        assertFalse(allowed.get(ROOT + ".run").stream().anyMatch(p -> p.startsWith("org.apache.spark.")),
                "the run package is the Spark-free one");
    }

    /** Package name to the import prefixes it may use, in the table's order. */
    private static Map<String, Set<String>> allowedPrefixes(List<String> doc) {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        Set<String> above = new LinkedHashSet<>();
        for (String line : doc) {
            Matcher row = ROW.matcher(line.strip());
            if (!row.matches()) {
                continue;
            }
            String pkg = row.group(1).equals(ROOT) ? ROOT : ROOT + "." + row.group(1);
            Set<String> mine = new LinkedHashSet<>();
            for (String entry : row.group(2).replaceAll("\\([^)]*\\)", "").split(",")) {
                String name = entry.strip();
                if (name.equals("-")) {
                    continue;
                } else if (name.equals("everything above")) {
                    mine.addAll(above);
                } else if (LIBRARIES.containsKey(name)) {
                    mine.addAll(LIBRARIES.get(name));
                } else if (allowed.containsKey(ROOT + "." + name)) {
                    mine.add(ROOT + "." + name + ".");
                } else {
                    throw new AssertionError("docs/ARCHITECTURE.md row `" + row.group(1) + "` names '" + name
                            + "', which is neither a package above it nor a library ArchitectureTest knows");
                }
            }
            allowed.put(pkg, mine);
            above.add(pkg + ".");
            above.addAll(mine);
        }
        return allowed;
    }

    private static List<String> violations(Map<String, Set<String>> allowed, String file, String source) {
        Matcher pkgMatch = PACKAGE.matcher(source);
        if (!pkgMatch.find()) {
            return List.of(file + ": no package declaration");
        }
        String pkg = pkgMatch.group(1);
        Set<String> mayUse = allowed.get(pkg);
        if (mayUse == null) {
            return List.of(file + ": package " + pkg + " has no row in docs/ARCHITECTURE.md");
        }
        List<String> found = new ArrayList<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            String imported = imports.group(1);
            boolean ok = imported.startsWith("java.") || imported.startsWith("javax.")
                    || isInRootPackage(imported) || imported.startsWith(pkg + ".")
                    || mayUse.stream().anyMatch(imported::startsWith);
            if (!ok) {
                found.add(file + " (" + pkg + ") imports " + imported);
            }
        }
        return found;
    }

    private static boolean isInRootPackage(String imported) {
        return imported.startsWith(ROOT + ".") && Character.isUpperCase(imported.charAt(ROOT.length() + 1));
    }
}
