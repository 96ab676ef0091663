# Shared by submit-standalone.sh and submit-yarn.sh (sourced, not run): option parsing and the spark-submit call.
# Users keep their cluster's own spark-submit (Spark 4.x, Scala 2.13); windsweep's jar carries its non-Spark
# dependencies, so no --jars are needed.

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
JAR="$ROOT/target/windsweep.jar"
DEPLOY_MODE=client
SPARK_OPTIONS=()

fail_usage() {
  echo "$(basename "$0"): $1" >&2
  echo "see '$(basename "$0") --help'" >&2
  exit 2
}

find_spark_submit() {
  if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
    echo "$SPARK_HOME/bin/spark-submit"
  elif command -v spark-submit >/dev/null; then
    command -v spark-submit
  else
    fail_usage "no spark-submit found: set SPARK_HOME to your Spark 4.x installation or put spark-submit on PATH"
  fi
}

ensure_jar() {
  if [[ ! -f "$JAR" || -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" -newer "$JAR" -print -quit)" ]]; then
    echo "$(basename "$0"): building $JAR ..." >&2
    (cd "$ROOT" && mvn -q -B -DskipTests package >&2)
  fi
}

# Runs spark-submit with windsweep's defaults, the options collected in SPARK_OPTIONS and the subcommand.
submit_windsweep() {
  [[ $# -gt 0 ]] || fail_usage "no windsweep subcommand given (for example: -- run examples/benchmark-3000.yaml --out hdfs:///sweeps/b3000)"
  ensure_jar
  local spark_submit
  spark_submit="$(find_spark_submit)"
  exec "$spark_submit" \
    --properties-file "$ROOT/spark-conf/spark-defaults.conf" \
    --deploy-mode "$DEPLOY_MODE" \
    "${SPARK_OPTIONS[@]}" \
    --class org.windsweep.cli.Main \
    "$JAR" "$@"
}
