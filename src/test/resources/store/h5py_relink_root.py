"""Rewrites a results file with its root's links stored as other writers store them, for the reader's fallback.

Usage: h5py_relink_root.py INPUT OUTPUT LIBVER
LIBVER 'earliest' gives an old-style root (a symbol table), 'latest' a root whose many links sit in a fractal heap.
Every group, dataset and attribute is copied unchanged.
"""
import sys

import h5py

source, target, libver = sys.argv[1:4]
with h5py.File(source, "r") as h5_in, h5py.File(target, "w", libver=libver) as h5_out:
    for name in h5_in.attrs:
        h5_out.attrs.create(name, h5_in.attrs[name], dtype=h5_in.attrs.get_id(name).dtype)
    for key in h5_in:
        h5_in.copy(h5_in[key], h5_out, key)
