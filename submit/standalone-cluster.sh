#!/usr/bin/env bash
# A real Spark standalone cluster on this machine, from the project's Maven jars (no Spark download):
# one Master and two Workers on 127.0.0.1, so cluster mode can be tried and tested on one machine.
#
#   submit/standalone-cluster.sh start|stop|status
#   MASTER=spark://127.0.0.1:7077 submit/windsweep run --out runs/demo-cluster   # then run a sweep on it
#
# Settings (environment): WORKERS (2), WORKER_CORES (1), WORKER_MEMORY (2g), MASTER_PORT (7077),
# CLUSTER_DIR (target/standalone-cluster: pid files, logs, work dirs and the SPARK_HOME the Workers need),
# START_TIMEOUT_S (600: how long start waits for the daemons while they run; one that exits fails it at once).
set -euo pipefail

# ROOT, ensure_built and link_spark_home
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/build-common.sh"
WORKERS="${WORKERS:-2}"
WORKER_CORES="${WORKER_CORES:-1}"
WORKER_MEMORY="${WORKER_MEMORY:-2g}"   # at least spark.executor.memory of spark-conf/spark-defaults.conf
MASTER_PORT="${MASTER_PORT:-7077}"
# A daemon JVM that is still starting is given this long: on a loaded machine the Master and Workers can take minutes
# to come up, and start must not fail on a clock while they are making progress.
START_TIMEOUT_S="${START_TIMEOUT_S:-600}"
if ! [[ $START_TIMEOUT_S =~ ^[1-9][0-9]{0,6}$ ]]; then
  echo "standalone-cluster: START_TIMEOUT_S must be a whole number of seconds from 1 to 9999999, got '$START_TIMEOUT_S'" >&2
  exit 2
fi
CLUSTER_DIR="${CLUSTER_DIR:-$ROOT/target/standalone-cluster}"
MASTER_URL="spark://127.0.0.1:$MASTER_PORT"

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
}

# Workers build executor command lines from SPARK_HOME/jars, as on a Spark installation: link the Maven jars there.
prepare_spark_home() {
  link_spark_home "$CLUSTER_DIR/spark-home"
  mkdir -p "$CLUSTER_DIR/logs" "$CLUSTER_DIR/work"
}

# True while PID is a daemon of this cluster: once a daemon has exited, its pid may belong to any other process.
is_our_daemon() {
  local pid="$1"
  ps -ww -o args= -p "$pid" 2>/dev/null | grep -qF -- "$CLUSTER_DIR/spark-home/jars"
}

is_running() {
  local pid_file="$1"
  [[ -f "$pid_file" ]] && is_our_daemon "$(cat "$pid_file")"
}

launch() {
  local name="$1"; shift
  local -a module_options
  mapfile -t module_options < <(grep -v '^#' "$ROOT/spark-conf/java-module-options.txt" | grep -v '^$')
  SPARK_HOME="$CLUSTER_DIR/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    nohup java "${module_options[@]}" -Xmx512m \
      -Dlog4j2.configurationFile="$ROOT/spark-conf/log4j2-daemons.properties" \
      -cp "$CLUSTER_DIR/spark-home/jars/*" "$@" \
      > "$CLUSTER_DIR/logs/$name.log" 2>&1 &
  echo $! > "$CLUSTER_DIR/$name.pid"
}

# Fails start if the daemon of this pid file has exited (its log says why).
check_alive() {
  local name="$1"
  if ! is_running "$CLUSTER_DIR/$name.pid"; then
    echo "standalone-cluster: $name exited while starting; see $CLUSTER_DIR/logs/$name.log" >&2
    return 1
  fi
}

wait_for_master_port() {
  local deadline=$((SECONDS + START_TIMEOUT_S))
  until (exec 3<>"/dev/tcp/127.0.0.1/$MASTER_PORT") 2>/dev/null; do
    check_alive master || return 1
    if (( SECONDS > deadline )); then
      echo "standalone-cluster: nothing listens on 127.0.0.1:$MASTER_PORT after $START_TIMEOUT_S s (START_TIMEOUT_S);" \
        "see $CLUSTER_DIR/logs" >&2
      return 1
    fi
    sleep 0.5
  done
}

start() {
  if is_running "$CLUSTER_DIR/master.pid"; then
    echo "standalone-cluster: already running at $MASTER_URL"
    return 0
  fi
  ensure_built
  prepare_spark_home
  launch master org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$MASTER_PORT" --webui-port 0
  wait_for_master_port || { stop; return 1; }
  for i in $(seq 1 "$WORKERS"); do
    mkdir -p "$CLUSTER_DIR/work/worker-$i"
    launch "worker-$i" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --cores "$WORKER_CORES" --memory "$WORKER_MEMORY" --webui-port 0 \
      --work-dir "$CLUSTER_DIR/work/worker-$i" "$MASTER_URL"
  done
  local deadline=$((SECONDS + START_TIMEOUT_S))
  until [[ $(grep -h "Registering worker" "$CLUSTER_DIR/logs/master.log" 2>/dev/null | wc -l) -ge $WORKERS ]]; do
    for i in $(seq 1 "$WORKERS"); do
      check_alive "worker-$i" || { stop; return 1; }
    done
    check_alive master || { stop; return 1; }
    if (( SECONDS > deadline )); then
      echo "standalone-cluster: workers did not register within $START_TIMEOUT_S s (START_TIMEOUT_S); see $CLUSTER_DIR/logs" >&2
      stop
      return 1
    fi
    sleep 0.5
  done
  echo "standalone-cluster: master $MASTER_URL with $WORKERS workers ($WORKER_CORES core(s), $WORKER_MEMORY each)"
  echo "run a sweep on it: MASTER=$MASTER_URL submit/windsweep run --out runs/demo-cluster"
}

# Stops the daemons and any executor JVM they left, so that nothing survives 'stop'.
stop() {
  local pid_file pid
  for pid_file in "$CLUSTER_DIR"/worker-*.pid "$CLUSTER_DIR"/master.pid; do
    [[ -f "$pid_file" ]] || continue
    pid="$(cat "$pid_file")"
    if is_our_daemon "$pid"; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do is_our_daemon "$pid" || break; sleep 0.2; done
      if is_our_daemon "$pid"; then kill -9 "$pid" 2>/dev/null || true; fi
    fi
    rm -f "$pid_file"
  done
  pkill -9 -f "CoarseGrainedExecutorBackend.*$CLUSTER_DIR" 2>/dev/null || true
  echo "standalone-cluster: stopped"
}

status() {
  local any=0 pid_file
  for pid_file in "$CLUSTER_DIR"/master.pid "$CLUSTER_DIR"/worker-*.pid; do
    [[ -f "$pid_file" ]] || continue
    if is_running "$pid_file"; then
      echo "$(basename "$pid_file" .pid): running (pid $(cat "$pid_file"))"
      any=1
    else
      echo "$(basename "$pid_file" .pid): not running (stale pid file)"
    fi
  done
  if (( any )); then
    echo "master: $MASTER_URL"
    return 0
  fi
  echo "standalone-cluster: not running"
  return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
