"""The original script's merge, for comparison: copy every config group of every worker file into one file.

Usage: h5py_merge_baseline.py OUTPUT WORKER_FILE...
Prints JSON: configs copied and seconds spent merging (interpreter start-up excluded).
"""
import json
import sys
import time

import h5py


def merge(output, worker_files):
    copied = 0
    with h5py.File(output, "w") as h5_out:
        for worker_file in worker_files:
            with h5py.File(worker_file, "r") as h5_in:
                for key in h5_in:
                    if key != "_failed" and key not in h5_out:
                        h5_out.copy(h5_in[key], key)
                        copied += 1
    return copied


if __name__ == "__main__":
    start = time.perf_counter()
    count = merge(sys.argv[1], sys.argv[2:])
    print(json.dumps({"configs": count, "seconds": time.perf_counter() - start}))
