package org.windsweep.sweep;

/**
 * One entry of {@code farms}, with the sweep-wide {@code site} and {@code n_turbines} already applied where the farm
 * does not set its own; {@code baseline} is null when the farm names no baseline layout.
 */
public record FarmSpec(String name, BoundarySpec boundary, SiteSpec site, TurbineCounts turbineCounts,
                       BaselineLayout baseline, SpecLocation at) {
}
