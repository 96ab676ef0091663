"""PyWake's warm AEP and AEP+gradient times for the rows of `windsweep bench aep`, on this machine.

A speed ratio means something only between two programs timed on one machine at one time: the PyWake figures that
`bench aep` prints by default were measured on another machine. Run this, then pass its output to bench aep:

    python3 bench/pywake_times.py --out pywake-times.json         # needs py_wake (pip install py_wake) and autograd
    submit/windsweep bench aep --pywake-times pywake-times.json

The layouts are bench aep's: the IEA37 case study 1 layouts it bundles, and square grids at 4 rotor diameters on
PyWake's Hornsrev1Site (12 Weibull sectors, TI 0.1) at PyWake's default bins, 360 wind directions x 23 wind speeds
(3..25 m/s); one process, warm (each call is made once before it is timed), median of several calls. NumPy's thread
pools are held to one thread unless the environment says otherwise, as bench aep times one thread. aep_gwh is
PyWake's AEP, for comparison with ours.
"""
import argparse
import importlib.metadata
import json
import os
import statistics
import sys
import time

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import numpy as np  # noqa: E402  (after the thread settings, which NumPy reads on import)
import py_wake  # noqa: E402
from py_wake.deficit_models.gaussian import IEA37SimpleBastankhahGaussian, NiayifarGaussianDeficit  # noqa: E402
from py_wake.examples.data.hornsrev1 import V80, Hornsrev1Site  # noqa: E402
from py_wake.examples.data.iea37 import IEA37_WindTurbines  # noqa: E402
from py_wake.literature.turbopark import Nygaard_2022  # noqa: E402
from py_wake.site import UniformSite  # noqa: E402
from py_wake.superposition_models import SquaredSum  # noqa: E402
from py_wake.wind_farm_models import PropagateDownwind  # noqa: E402
from py_wake.utils.gradients import autograd  # noqa: E402

TURBINES = {"V80": V80, "IEA37_3.35MW": IEA37_WindTurbines}


def niayifar_gaussian(site, turbine):
    """windsweep's NiayifarGaussian: the wake expands with the ambient TI, no added turbulence (MODELS.md)."""
    return PropagateDownwind(site, turbine, NiayifarGaussianDeficit(use_effective_ti=False),
                             superpositionModel=SquaredSum())


MODELS = {"Nygaard_2022": Nygaard_2022, "NiayifarGaussian": niayifar_gaussian,
          "IEA37SimpleBastankhahGaussian": IEA37SimpleBastankhahGaussian}
# the layouts of bench aep's IEA37 rows, bundled with windsweep
BENCH_CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "org",
                           "windsweep", "bench")


def full_resolution(turbine_name, n):
    """A square grid of n turbines at 4 D on Horns Rev 1 at 360 x 23 bins: site, turbine, x, y, wd, ws."""
    turbine = TURBINES[turbine_name]()
    x, y = square_grid(n, 4 * turbine.diameter())
    return Hornsrev1Site(), turbine, x, y, np.arange(360), np.arange(3, 26)


def iea37(n):
    """IEA Wind Task 37 case study 1 with n turbines as bench aep bundles it: 16 directions at 9.8 m/s, TI 0.075."""
    with open(os.path.join(BENCH_CASES, f"iea37_{n}_IEA37SimpleBastankhahGaussian.json")) as file:
        case = json.load(file)
    flow = case["flow_cases"]
    site = UniformSite([p[0] for p in flow["probability"]], case["ambient_ti"], ws=flow["ws_ms"][0])
    return (site, IEA37_WindTurbines(), np.array(case["layout"]["x_m"]), np.array(case["layout"]["y_m"]),
            np.array(flow["wd_deg"]), np.array(flow["ws_ms"]))


# bench aep's rows (BenchAepCommand.CASES; a row added there belongs here too): case name, wake model, the farm
ROWS = [("iea37_16", "IEA37SimpleBastankhahGaussian", lambda: iea37(16)),
        ("iea37_36", "IEA37SimpleBastankhahGaussian", lambda: iea37(36)),
        ("iea37_64", "IEA37SimpleBastankhahGaussian", lambda: iea37(64)),
        ("iea37_64", "Nygaard_2022", lambda: iea37(64))]
ROWS += [(f"hr1_{turbine_name}_{n}", model_name, lambda t=turbine_name, n=n: full_resolution(t, n))
         for turbine_name, n, model_name in [("V80", 16, "Nygaard_2022"), ("V80", 49, "Nygaard_2022"),
                                             ("V80", 100, "Nygaard_2022"), ("IEA37_3.35MW", 16, "Nygaard_2022"),
                                             ("IEA37_3.35MW", 49, "Nygaard_2022"), ("V80", 16, "NiayifarGaussian"),
                                             ("V80", 49, "NiayifarGaussian"), ("V80", 100, "NiayifarGaussian")]]


def pywake_version():
    """The installed PyWake's version; a source checkout on PYTHONPATH has none."""
    try:
        return getattr(py_wake, "__version__", None) or importlib.metadata.version("py_wake")
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed as a package)"


def square_grid(n, spacing):
    side = int(round(n ** 0.5))
    return (np.array([(i % side) * spacing for i in range(n)], dtype=float),
            np.array([(i // side) * spacing for i in range(n)], dtype=float))


def median_ms(call, runs):
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def time_row(case_name, model_name, farm, runs, gradient_runs, max_gradient_turbines):
    site, turbine, x, y, wd, ws = farm()
    model = MODELS[model_name](site, turbine)
    aep = lambda: float(model.aep(x, y, wd=wd, ws=ws))  # noqa: E731
    gradient = lambda: model.aep_gradients(gradient_method=autograd, wrt_arg=["x", "y"], x=x, y=y,  # noqa: E731
                                           wd=wd, ws=ws)
    return {"case": case_name, "model": model_name, "aep_gwh": aep(), "aep_ms": median_ms(aep, runs),
            "aep_grad_ms": median_ms(gradient, gradient_runs) if len(x) <= max_gradient_turbines else None}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="write the JSON here (default: standard output)")
    parser.add_argument("--runs", type=int, default=7, help="timed AEP calls per row (default 7)")
    parser.add_argument("--gradient-runs", type=int, default=3, help="timed AEP+gradient calls per row (default 3)")
    parser.add_argument("--max-gradient-turbines", type=int, default=64,
                        help="time the gradient only up to this many turbines (autograd at 100 turbines and 360 x 23"
                             " bins takes minutes a call; default 64)")
    parser.add_argument("--rows", nargs="+", metavar="CASE",
                        help="only these rows (bench aep's case names, e.g. iea37_16 hr1_V80_16; default: all)")
    args = parser.parse_args()
    if args.runs < 1 or args.gradient_runs < 1:
        parser.error("--runs and --gradient-runs must be at least 1")
    unknown = sorted(set(args.rows or []) - {case_name for case_name, _, _ in ROWS})
    if unknown:
        parser.error(f"no row is named {', '.join(unknown)}; the rows are {', '.join(sorted({r[0] for r in ROWS}))}")
    rows = []
    for case_name, model_name, farm in ROWS:
        if args.rows and case_name not in args.rows:
            continue
        row = time_row(case_name, model_name, farm, args.runs, args.gradient_runs, args.max_gradient_turbines)
        print(json.dumps(row), file=sys.stderr, flush=True)  # progress: a row takes seconds to minutes
        rows.append(row)
    # a NaN would be written as a bare token, which no JSON reader accepts: fail here instead
    text = json.dumps({"pywake_version": pywake_version(), "rows": rows}, indent=1, allow_nan=False)
    if args.out:
        with open(args.out, "w") as out:
            out.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
