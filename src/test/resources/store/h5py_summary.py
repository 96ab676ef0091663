"""Summarise a windsweep shard or results.h5 with h5py, as a notebook would read it.

Prints one JSON object: root attributes, every config group's layout shape, aep and AEP breakdown, the failed
configs, and (results.h5) the /index columns (NaN, where a result lacks a value, as null: JSON has no NaN).
"""
import json
import math
import sys

import h5py


def text(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.decode() if isinstance(value, bytes) else value


def summarise(path):
    with h5py.File(path, "r") as f:
        summary = {
            "attrs": {k: text(v.item() if hasattr(v, "item") else v) for k, v in f.attrs.items()},
            "configs": {},
            "failed": {},
            "index": {},
        }
        for name, group in f.items():
            if name == "_failed":
                for key, failed in group.items():
                    summary["failed"][key] = text(failed.attrs["error_class"])
            elif name == "index":
                summary["index"] = {col: [text(v) for v in group[col][()].tolist()] for col in group}
            else:
                summary["configs"][name] = {
                    "layout_shape": list(group["layout"].shape),
                    "layout_dtype": str(group["layout"].dtype),
                    "aep": float(group["aep"][()]),
                    "converged": int(group.attrs["converged"]),
                    "converged_dtype": str(group.attrs["converged"].dtype),
                    "x0": float(group["layout"][0, 0]),
                    "y0": float(group["layout"][1, 0]),
                    "aep_per_turbine_sum": float(group["aep_per_turbine"][()].sum()),
                    "aep_per_turbine_dtype": str(group["aep_per_turbine"].dtype),
                    "aep_wake_free": float(group.attrs["aep_wake_free"]),
                    "baseline_aep": float(group.attrs["baseline_aep"]) if "baseline_aep" in group.attrs else None,
                }
        return summary


if __name__ == "__main__":
    print(json.dumps(summarise(sys.argv[1])))
