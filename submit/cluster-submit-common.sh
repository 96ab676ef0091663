# Shared by submit-standalone.sh and submit-yarn.sh (sourced, not run): option parsing and the spark-submit call.
# windsweep's jar carries its non-Spark dependencies, so no --jars are needed. Each script defines spark_submit
# (which Spark runs the submission) before it calls submit_windsweep.

source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/build-common.sh"
DEPLOY_MODE=client
SPARK_OPTIONS=()

fail_usage() {
  echo "$(basename "$0"): $1" >&2
  echo "see '$(basename "$0") --help'" >&2
  exit 2
}

# Runs spark_submit with windsweep's defaults, the options collected in SPARK_OPTIONS and the subcommand.
submit_windsweep() {
  [[ $# -gt 0 ]] || fail_usage "no windsweep subcommand given (for example: -- run examples/benchmark-3000.yaml --out hdfs:///sweeps/b3000)"
  ensure_built
  spark_submit \
    --properties-file "$ROOT/spark-conf/spark-defaults.conf" \
    --deploy-mode "$DEPLOY_MODE" \
    "${SPARK_OPTIONS[@]}" \
    --class org.windsweep.cli.Main \
    "$JAR" "$@"
}
