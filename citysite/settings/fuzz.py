"""Settings for `make fuzz`: the test settings with throttles and the submission limit out of the way, so the
fuzzer explores the API's input handling instead of hitting 429 after a few hundred requests."""

from .test import *  # noqa: F403

REST_FRAMEWORK = {
    **REST_FRAMEWORK,  # noqa: F405
    "DEFAULT_THROTTLE_RATES": {"anon": "100000/min", "user": "100000/min"},
}
FEEDBACK_PLUGIN = {"SUBMISSION_RATE": (100000, 60)}
