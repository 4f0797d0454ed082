"""Hypothesis profiles for the property tests: ``ci`` (the default) keeps the whole folder well under a minute
and runs the same examples each time, so CI never fails on a new draw; ``bench`` searches longer and wider.
Choose with HYPOTHESIS_PROFILE=bench."""

import os

from hypothesis import HealthCheck, settings

# No deadline: the machines running CI are shared, and a slow example is not a wrong one.
settings.register_profile(
    "ci",
    max_examples=30,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("bench", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
