package org.windsweep.run;

import java.time.Duration;
import java.util.Locale;

/** One line of sweep progress, plain text so that it reads the same on a console and in a log file. */
public record ProgressLine(long done, long failed, long total, Duration elapsed) {

    public String format() {
        double minutes = elapsed.toMillis() / 60_000.0;
        double perMinute = minutes > 0 ? done / minutes : 0;
        String eta = perMinute > 0 && done < total
                ? formatDuration(Duration.ofSeconds(Math.round((total - done) / perMinute * 60)))
                : "-";
        return String.format(Locale.ROOT, "%d/%d configs done (%d failed), %.1f configs/min, elapsed %s, ETA %s",
                done, total, failed, perMinute, formatDuration(elapsed), eta);
    }

    static String formatDuration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return seconds + "s";
    }
}
