#!/usr/bin/env bash
# Submits a windsweep subcommand to YARN with the cluster's own spark-submit (HADOOP_CONF_DIR or YARN_CONF_DIR
# must point at the cluster's configuration).
#
#   submit/submit-yarn.sh [options] -- SUBCOMMAND [ARGS...]
#
# Options:
#   --deploy-mode MODE       client (default: the driver runs here) or cluster (the driver runs in YARN;
#                            the spec is shipped with --files and read from the container's directory)
#   --queue NAME             YARN queue
#   --num-executors N        executors
#   --executor-cores N       cores per executor
#   --executor-memory SIZE   memory per executor, e.g. 2g
#   --driver-memory SIZE     driver memory, e.g. 2g
#   --conf KEY=VALUE         any other Spark setting (repeatable)
#
# The run directory should be on HDFS or S3 (--out hdfs:///sweeps/demo or s3a://bucket/sweeps/demo): in cluster
# mode the driver's local disk is a container's and vanishes with it.
# Example:
#   submit/submit-yarn.sh --deploy-mode cluster --num-executors 32 --executor-cores 2 \
#     -- run examples/benchmark-3000.yaml --out hdfs:///sweeps/b3000
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/cluster-submit-common.sh"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --deploy-mode) DEPLOY_MODE="${2:?--deploy-mode needs client or cluster}"; shift 2 ;;
    --queue) SPARK_OPTIONS+=(--queue "${2:?}"); shift 2 ;;
    --num-executors) SPARK_OPTIONS+=(--num-executors "${2:?}"); shift 2 ;;
    --executor-cores) SPARK_OPTIONS+=(--executor-cores "${2:?}"); shift 2 ;;
    --executor-memory) SPARK_OPTIONS+=(--executor-memory "${2:?}"); shift 2 ;;
    --driver-memory) SPARK_OPTIONS+=(--driver-memory "${2:?}"); shift 2 ;;
    --conf) SPARK_OPTIONS+=(--conf "${2:?}"); shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    --) shift; break ;;
    *) fail_usage "unknown option '$1' (put the windsweep subcommand after --)" ;;
  esac
done
[[ "$DEPLOY_MODE" == client || "$DEPLOY_MODE" == cluster ]] || fail_usage "--deploy-mode must be client or cluster, got '$DEPLOY_MODE'"
[[ -n "${HADOOP_CONF_DIR:-}${YARN_CONF_DIR:-}" ]] || fail_usage "set HADOOP_CONF_DIR (or YARN_CONF_DIR) to your cluster's Hadoop configuration"

# In cluster mode a local spec file is shipped to the driver's container and named by its file name there.
if [[ "$DEPLOY_MODE" == cluster && "${1:-}" == run && -n "${2:-}" && -f "${2:-}" ]]; then
  SPARK_OPTIONS+=(--files "$2")
  set -- run "$(basename "$2")" "${@:3}"
fi
SPARK_OPTIONS+=(--master yarn)
submit_windsweep "$@"
