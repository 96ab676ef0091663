# Shared by every script in submit/ (sourced, not run): where the Maven build puts the application and the lists of
# Spark's jars, the one check of whether they must be (re)built, and a SPARK_HOME made of those jars.

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
JAR="$ROOT/target/windsweep.jar"
# Spark's jars from the Maven build (see pom.xml): what Spark brings, what it shares with our libraries, and what
# the subcommands that start no Spark need of Hadoop and the rest.
CLASSPATH_FILES=("$ROOT/target/classpath-provided.txt" "$ROOT/target/classpath-runtime.txt"
                "$ROOT/target/classpath-without-spark.txt")

# Builds the application jar and the classpath files when one is missing or pom.xml or src/main changed since.
ensure_built() {
  local file
  for file in "$JAR" "${CLASSPATH_FILES[@]}"; do
    [[ -f "$file" ]] || { build_application; return; }
  done
  [[ -z "$(find "$ROOT/pom.xml" "$ROOT/src/main" -newer "$JAR" -print -quit)" ]] || build_application
}

build_application() {
  echo "$(basename "$0"): building the application (first use or changed sources; takes a minute)..." >&2
  if ! (cd "$ROOT" && mvn -q -B -Dstyle.color=never -DskipTests package >&2); then
    echo "$(basename "$0"): build failed; run 'mvn -DskipTests package' in $ROOT to see why" >&2
    exit 1
  fi
}

# Makes DIR a SPARK_HOME whose jars/ links Spark's Maven jars: the layout that Spark's launcher, its standalone
# daemons and its YARN client expect of a Spark installation.
link_spark_home() {
  local jars="$1/jars" jar
  rm -rf "$jars"
  mkdir -p "$jars"
  cat "${CLASSPATH_FILES[0]}" <(echo) "${CLASSPATH_FILES[1]}" | tr ':' '\n' | while read -r jar; do
    if [[ -n "$jar" ]]; then ln -sf "$jar" "$jars/$(basename "$jar")"; fi
  done
}
