#!/usr/bin/env bash
# Submits a windsweep subcommand to a Spark standalone cluster with the cluster's own spark-submit.
#
#   submit/submit-standalone.sh --master spark://HOST:7077 [options] -- SUBCOMMAND [ARGS...]
#
# Options:
#   --master URL             the standalone master (required)
#   --deploy-mode MODE       client (default: the driver runs here) or cluster (the driver runs on a worker;
#                            the spec and the files it names must then be readable there, e.g. on a shared disk)
#   --total-cores N          cores for the whole application (spark.cores.max)
#   --executor-cores N       cores per executor
#   --executor-memory SIZE   memory per executor, e.g. 2g
#   --driver-memory SIZE     driver memory, e.g. 2g
#   --conf KEY=VALUE         any other Spark setting (repeatable)
#
# The run directory may be on HDFS or S3 (--out hdfs://nn:8020/sweeps/demo, --out s3a://bucket/sweeps/demo).
# Example:
#   submit/submit-standalone.sh --master spark://head:7077 --total-cores 64 --executor-memory 2g \
#     -- run examples/benchmark-3000.yaml --out hdfs://head:8020/sweeps/b3000
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/cluster-submit-common.sh"

MASTER_URL=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --master) MASTER_URL="${2:?--master needs a URL}"; shift 2 ;;
    --deploy-mode) DEPLOY_MODE="${2:?--deploy-mode needs client or cluster}"; shift 2 ;;
    --total-cores) SPARK_OPTIONS+=(--total-executor-cores "${2:?}"); shift 2 ;;
    --executor-cores) SPARK_OPTIONS+=(--executor-cores "${2:?}"); shift 2 ;;
    --executor-memory) SPARK_OPTIONS+=(--executor-memory "${2:?}"); shift 2 ;;
    --driver-memory) SPARK_OPTIONS+=(--driver-memory "${2:?}"); shift 2 ;;
    --conf) SPARK_OPTIONS+=(--conf "${2:?}"); shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    --) shift; break ;;
    *) fail_usage "unknown option '$1' (put the windsweep subcommand after --)" ;;
  esac
done
[[ "$MASTER_URL" == spark://* ]] || fail_usage "--master must be a spark:// URL, got '${MASTER_URL:-nothing}'"
[[ "$DEPLOY_MODE" == client || "$DEPLOY_MODE" == cluster ]] || fail_usage "--deploy-mode must be client or cluster, got '$DEPLOY_MODE'"
SPARK_OPTIONS+=(--master "$MASTER_URL")

# The cluster's own spark-submit: its Spark is the one the Workers run.
spark_submit() {
  local command
  if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
    command="$SPARK_HOME/bin/spark-submit"
  elif command -v spark-submit >/dev/null; then
    command="$(command -v spark-submit)"
  else
    fail_usage "no spark-submit found: set SPARK_HOME to your Spark 4.x installation or put spark-submit on PATH"
  fi
  exec "$command" "$@"
}
submit_windsweep "$@"
