#!/usr/bin/env python3
"""Reference values of @observatoire/impact-indicators from statsmodels and scipy.

Writes src/__fixtures__/intervals.json: binomial intervals (proportion_confint), differences of
two proportions (confint_proportions_2indep, compare="diff"), the pooled z test
(proportions_ztest) and chi-square tests of independence (chi2_contingency), on random cases
drawn with a fixed seed plus edge cases (0 or n successes, n = 1, several levels) and the golden
values of INDICATORS.md. The tests read this file; CI needs neither Python nor statsmodels.

Regenerate (Debian: apt-get install python3-statsmodels) from the package folder:
    /usr/bin/python3 scripts/fixtures-intervals.py
"""
import json
import math
import platform
import sys
from pathlib import Path

import numpy as np
import scipy
import statsmodels
from scipy.stats import chi2_contingency
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportions_ztest,
)

SEED = 20191001
rng = np.random.default_rng(SEED)
LEVELS = [0.5, 0.8, 0.9, 0.95, 0.99, 0.999]

# statsmodels name -> ours
METHODS = {
    "normal": "wald",
    "wilson": "wilson",
    "agresti_coull": "agresti-coull",
    "beta": "clopper-pearson",
    "jeffreys": "jeffreys",
}


def f(x):
    x = float(x)
    if not math.isfinite(x):
        raise ValueError(f"non-finite reference value {x}")
    return x


def binomial_cases():
    cases = [(74, 100, 0.95), (0, 1, 0.95), (1, 1, 0.95), (0, 10, 0.95), (10, 10, 0.95),
             (0, 1000, 0.99), (1000, 1000, 0.99), (1, 2, 0.5), (5, 5000, 0.999), (1, 3, 0.8)]
    for _ in range(300):
        n = int(rng.choice([1, 2, 3, 5, 10, 30, 100, 1000, 10000])) if rng.random() < 0.3 \
            else int(rng.integers(1, 3000))
        r = rng.random()
        x = 0 if r < 0.1 else n if r < 0.2 else int(rng.integers(0, n + 1))
        cases.append((x, n, float(rng.choice(LEVELS))))
    return cases


def proportion_intervals():
    out = []
    for x, n, level in binomial_cases():
        for sm, ours in METHODS.items():
            low, upp = proportion_confint(x, n, alpha=1 - level, method=sm)
            out.append({"successes": x, "trials": n, "level": level, "method": ours,
                        "lower": f(low), "upper": f(upp)})
    return out


DIFF_METHODS = {"wald": "wald", "newcomb": "newcombe", "agresti-caffo": "agresti-caffo"}


def differences():
    pairs = [((74, 100), (60, 100), 0.95), ((0, 10), (0, 20), 0.95), ((10, 10), (0, 10), 0.95),
             ((5, 5), (5, 5), 0.9), ((1, 1), (0, 1), 0.95), ((0, 50), (3, 40), 0.99)]
    for _ in range(150):
        n1 = int(rng.integers(1, 2000))
        n2 = int(rng.integers(1, 2000))
        def draw(n):
            r = rng.random()
            return 0 if r < 0.1 else n if r < 0.2 else int(rng.integers(0, n + 1))
        pairs.append(((draw(n1), n1), (draw(n2), n2), float(rng.choice(LEVELS))))
    out = []
    for (x1, n1), (x2, n2), level in pairs:
        for sm, ours in DIFF_METHODS.items():
            low, upp = confint_proportions_2indep(x1, n1, x2, n2, method=sm, compare="diff",
                                                  alpha=1 - level)
            out.append({"a": {"successes": x1, "trials": n1}, "b": {"successes": x2, "trials": n2},
                        "level": level, "method": ours, "estimate": f(x1 / n1 - x2 / n2),
                        "lower": f(low), "upper": f(upp)})
    return out


def z_tests():
    out = []
    pairs = [((74, 100), (60, 100)), ((0, 10), (1, 10)), ((10, 10), (9, 10)), ((0, 5), (5, 5))]
    for _ in range(150):
        n1 = int(rng.integers(1, 3000))
        n2 = int(rng.integers(1, 3000))
        pairs.append(((int(rng.integers(0, n1 + 1)), n1), (int(rng.integers(0, n2 + 1)), n2)))
    for (x1, n1), (x2, n2) in pairs:
        if x1 + x2 in (0, n1 + n2):
            continue
        z, p = proportions_ztest([x1, x2], [n1, n2])
        out.append({"a": {"successes": x1, "trials": n1}, "b": {"successes": x2, "trials": n2},
                    "z": f(z), "pValue": f(p)})
    return out


def chi_square():
    tables = [[[74, 26], [60, 40]], [[1, 2, 3]], [[5], [7]], [[0, 5], [5, 0]], [[3, 0], [2, 1]],
              [[0.5, 2.5], [3.25, 1]]]
    for _ in range(120):
        rows = int(rng.integers(2, 5))
        cols = int(rng.integers(2, 5))
        scale = float(rng.choice([3, 10, 100, 5000]))
        t = rng.integers(0, int(scale), size=(rows, cols)).tolist()
        if min(map(sum, t)) == 0 or min(map(sum, zip(*t))) == 0:
            continue
        tables.append(t)
    out = []
    for t in tables:
        for yates in (True, False):
            stat, p, dof, _ = chi2_contingency(np.array(t, dtype=float), correction=yates)
            out.append({"table": t, "yates": yates, "statistic": f(stat), "df": int(dof),
                        "pValue": f(p)})
    return out


def dump(fixture):
    """JSON with one case per line: small, and readable in a diff."""
    parts = []
    for key, value in fixture.items():
        if isinstance(value, list):
            rows = ",\n  ".join(json.dumps(item) for item in value)
            parts.append(f"{json.dumps(key)}: [\n  {rows}\n ]")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value)}")
    return "{\n " + ",\n ".join(parts) + "\n}\n"


def main():
    fixture = {
        "generator": "scripts/fixtures-intervals.py",
        "versions": {
            "python": platform.python_version(),
            "statsmodels": statsmodels.__version__,
            "scipy": scipy.__version__,
            "numpy": np.__version__,
        },
        "seed": SEED,
        "proportionInterval": proportion_intervals(),
        "differenceOfProportions": differences(),
        "twoProportionZTest": z_tests(),
        "chiSquareTest": chi_square(),
    }
    target = Path(__file__).resolve().parent.parent / "src" / "__fixtures__" / "intervals.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dump(fixture))
    counts = {k: len(v) for k, v in fixture.items() if isinstance(v, list)}
    print(f"wrote {target} {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
