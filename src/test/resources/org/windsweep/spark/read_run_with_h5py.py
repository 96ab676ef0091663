"""Reads a windsweep run directory the way a researcher's notebook would, with h5py only.

Prints one JSON object: for results.h5 and for every shard, each config's AEP and layout shape, and the /index
columns of results.h5. Any deviation from the brief's layout raises (exit code 1).
"""
import glob
import json
import os
import sys

import h5py
import numpy as np


def text(value):
    return value.decode() if isinstance(value, bytes) else str(value)


def configs(path, schema):
    found = {}
    with h5py.File(path, "r") as h5:
        assert text(h5.attrs["schema"]) == schema, (path, h5.attrs["schema"])
        for key in h5:
            if key in ("index", "_failed"):
                continue
            group = h5[key]
            layout = group["layout"][()]
            aep = group["aep"][()]
            n = int(group.attrs["n_turbines"])
            assert layout.dtype == np.float64 and layout.shape == (2, n), (path, key, layout.shape)
            assert np.ndim(aep) == 0 and np.isfinite(aep), (path, key, aep)
            for attribute in ("farm_idx", "type_idx", "ss_seed", "wake_model", "aep_initial", "iterations",
                              "converged", "max_violation_m", "wall_s", "timestamp"):
                assert attribute in group.attrs, (path, key, attribute)
            found[key] = {"aep": float(aep), "x0": float(layout[0, 0]), "n": n}
        index = None
        if "index" in h5:
            index = {name: [text(v) if name == "key" else float(v) for v in h5["index"][name][()]]
                     for name in ("key", "farm_idx", "type_idx", "ss_seed", "n_turbines", "aep")}
        root = {name: (text(value) if isinstance(value, (bytes, str)) else float(value))
                for name, value in h5.attrs.items() if name != "_jHDF"}
    return found, index, root


run = sys.argv[1]
results, index, root = configs(os.path.join(run, "results.h5"), "windsweep-results/1")
shards = {}
for shard in sorted(glob.glob(os.path.join(run, "shards", "part-*.h5"))):
    shards[os.path.basename(shard)] = configs(shard, "windsweep-shard/1")[0]
print(json.dumps({"results": results, "index": index, "root": root, "shards": shards}))
