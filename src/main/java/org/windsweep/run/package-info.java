/**
 * The services of a run directory that need no Spark: run.json, shard planning, one config's run with its hard
 * limit and feasibility check, and merge, status, validate and report. The {@code spark} package only schedules
 * them on a cluster; the CLI calls the read-only ones directly.
 */
package org.windsweep.run;
