#!/usr/bin/env bash
# Submits a windsweep subcommand to YARN. HADOOP_CONF_DIR (or YARN_CONF_DIR) must name a directory with the
# cluster's core-site.xml, hdfs-site.xml and yarn-site.xml. Nothing needs installing on the cluster but Java 17:
# spark-submit runs here from the project's Maven jars, and the same jars reach YARN's containers as one archive
# (spark.yarn.archive) that this script uploads once to the cluster's file system and YARN then caches on its nodes.
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
#   --spark-archive-dir DIR  where the archive of Spark's jars is uploaded (default: /user/NAME/.windsweep on the
#                            cluster's default file system)
#   --conf KEY=VALUE         any other Spark setting (repeatable); a spark.yarn.archive or spark.yarn.jars of your
#                            own is used instead of the uploaded archive
#
# The run directory should be on HDFS or S3 (--out hdfs:///sweeps/demo or s3a://bucket/sweeps/demo): in cluster
# mode the driver's local disk is a container's and vanishes with it. Resume as on a laptop: the same run command
# again, or rerun with the run directory.
# Example:
#   submit/submit-yarn.sh --deploy-mode cluster --num-executors 32 --executor-cores 2 \
#     -- run examples/benchmark-3000.yaml --out hdfs:///sweeps/b3000
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/cluster-submit-common.sh"

ARCHIVE_DIR=""
OWN_SPARK_JARS=false
# A failed windsweep driver is not retried by YARN: bad input and failed configs fail again the same way, and a
# killed run resumes with the same command (options given below may say otherwise).
SPARK_OPTIONS+=(--conf spark.yarn.maxAppAttempts=1)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --deploy-mode) DEPLOY_MODE="${2:?--deploy-mode needs client or cluster}"; shift 2 ;;
    --queue) SPARK_OPTIONS+=(--queue "${2:?}"); shift 2 ;;
    --num-executors) SPARK_OPTIONS+=(--num-executors "${2:?}"); shift 2 ;;
    --executor-cores) SPARK_OPTIONS+=(--executor-cores "${2:?}"); shift 2 ;;
    --executor-memory) SPARK_OPTIONS+=(--executor-memory "${2:?}"); shift 2 ;;
    --driver-memory) SPARK_OPTIONS+=(--driver-memory "${2:?}"); shift 2 ;;
    --spark-archive-dir) ARCHIVE_DIR="${2:?--spark-archive-dir needs a directory}"; shift 2 ;;
    --conf)
      [[ "${2:?--conf needs KEY=VALUE}" == spark.yarn.archive=* || "$2" == spark.yarn.jars=* ]] && OWN_SPARK_JARS=true
      SPARK_OPTIONS+=(--conf "$2"); shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    --) shift; break ;;
    *) fail_usage "unknown option '$1' (put the windsweep subcommand after --)" ;;
  esac
done
[[ "$DEPLOY_MODE" == client || "$DEPLOY_MODE" == cluster ]] || fail_usage "--deploy-mode must be client or cluster, got '$DEPLOY_MODE'"
[[ -n "${HADOOP_CONF_DIR:-}${YARN_CONF_DIR:-}" ]] || fail_usage "set HADOOP_CONF_DIR (or YARN_CONF_DIR) to your cluster's Hadoop configuration"

# Spark from the Maven build, laid out as an installation for Spark's launcher; spark-conf/ holds its logging setup.
export SPARK_HOME="$ROOT/target/spark-yarn/spark-home"
export SPARK_CONF_DIR="$ROOT/spark-conf"
export SPARK_SCALA_VERSION=2.13

# A JVM on Spark's jars and the cluster's configuration, for Hadoop's own tools.
hadoop_tool() {
  java -Xmx256m -Dlog4j2.configurationFile="$SPARK_CONF_DIR/log4j2.properties" \
    -cp "$SPARK_HOME/jars/*:${HADOOP_CONF_DIR:-}:${YARN_CONF_DIR:-}" "$@"
}

# fs.defaultFS as the cluster's configuration resolves it (Hadoop's Configuration prints itself as XML).
default_file_system() {
  hadoop_tool org.apache.hadoop.conf.Configuration \
    | grep -o '<name>fs.defaultFS</name><value>[^<]*</value>' | sed 's|.*<value>\(.*\)</value>|\1|'
}

# Puts an archive of Spark's jars on the cluster's file system, named by the jars it holds, unless it is there:
# YARN downloads it once per node (and user) and keeps it for later applications, so only the first submission
# after a Spark upgrade pays for the upload.
ship_spark_jars() {
  local name dir remote local_archive
  name="spark-libs-$(cat "${CLASSPATH_FILES[@]}" | sha256sum | cut -c1-16).zip"
  dir="$ARCHIVE_DIR"
  if [[ -z "$dir" ]]; then
    local fs
    fs="$(default_file_system)"
    [[ -n "$fs" && "$fs" != file:* ]] || fail_usage "the cluster's default file system is '${fs:-unset}', which YARN's nodes cannot share: point HADOOP_CONF_DIR at a configuration with fs.defaultFS, or give --spark-archive-dir hdfs://..."
    dir="${fs%/}/user/${HADOOP_USER_NAME:-$(id -un)}/.windsweep"
  fi
  remote="${dir%/}/$name"
  if ! hadoop_tool org.apache.hadoop.fs.FsShell -test -e "$remote"; then
    local_archive="$ROOT/target/spark-yarn/$name"
    if [[ ! -f "$local_archive" ]]; then
      echo "$(basename "$0"): packing Spark's jars into $local_archive ..." >&2
      jar --create --no-compress --no-manifest --file "$local_archive.tmp" -C "$SPARK_HOME/jars" .
      mv "$local_archive.tmp" "$local_archive"
    fi
    echo "$(basename "$0"): uploading it to $remote (once) ..." >&2
    hadoop_tool org.apache.hadoop.fs.FsShell -mkdir -p "$dir"
    hadoop_tool org.apache.hadoop.fs.FsShell -put -f "$local_archive" "$remote.$$.uploading"
    # another submission may have uploaded the same archive meanwhile: either copy will do
    hadoop_tool org.apache.hadoop.fs.FsShell -mv "$remote.$$.uploading" "$remote" \
      || hadoop_tool org.apache.hadoop.fs.FsShell -rm "$remote.$$.uploading"
  fi
  SPARK_OPTIONS+=(--conf "spark.yarn.archive=$remote")
}

# Spark's launcher library turns the spark-submit arguments into the java command line, as bin/spark-class does
# (driver memory, Java module options, class path with SPARK_CONF_DIR and HADOOP_CONF_DIR): it prints anything
# it has to say, a NUL, then the command's words each ended by a NUL. We append its exit status the same way.
spark_submit() {
  local -a output
  mapfile -d '' output < <(java -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main \
    org.apache.spark.deploy.SparkSubmit "$@"; printf '%d\0' $?)
  local status="${output[-1]}"
  [[ -n "${output[0]}" ]] && echo "${output[0]}" >&2
  [[ "$status" == 0 ]] || exit "$status"
  local -a command=("${output[@]:1:${#output[@]}-2}")
  command[0]="${command[0]#$'\n'}"
  exec "${command[@]}"
}

# In cluster mode a local spec file is shipped to the driver's container and named by its file name there.
if [[ "$DEPLOY_MODE" == cluster && "${1:-}" == run && -n "${2:-}" && -f "${2:-}" ]]; then
  SPARK_OPTIONS+=(--files "$2")
  set -- run "$(basename "$2")" "${@:3}"
fi
ensure_built
link_spark_home "$SPARK_HOME"
$OWN_SPARK_JARS || ship_spark_jars
SPARK_OPTIONS+=(--master yarn)
submit_windsweep "$@"
