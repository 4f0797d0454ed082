"""One line per figure on standard output, which bench/run.py collects into bench/results/latest.md.

Every figure is a ratio against a floor measured in the same run, on the same machine, so that the table says
something on any machine: the absolute numbers are printed beside it.
"""

import json

PREFIX = "BENCH-ROW "


def row(surface, value, unit, floor_name, floor_value, target=None, higher_is_better=True, target_is_value=False):
    """Prints one figure: `value` against `floor_value`; `target` is the ratio the issue asks for, if any, or with
    `target_is_value` the value itself (an issue that asks for "at most 2.5 s" on any machine)."""
    ratio = value / floor_value if floor_value else float("nan")
    measured = value if target_is_value else ratio
    met = None if target is None else (measured >= target if higher_is_better else measured <= target)
    print(
        PREFIX
        + json.dumps(
            {
                "surface": surface,
                "value": round(value, 2),
                "unit": unit,
                "floor": floor_name,
                "floor_value": round(floor_value, 2),
                "ratio": round(ratio, 3),
                "target": target,
                "higher_is_better": higher_is_better,
                "target_is_value": target_is_value,
                "met": met,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
