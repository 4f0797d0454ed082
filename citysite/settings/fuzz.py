"""Settings for `make fuzz`: the test settings with throttles and the submission limit out of the way, so the
fuzzer explores the API's input handling instead of hitting 429 after a few hundred requests."""

from .test import *  # noqa: F403

FEEDBACK_PLUGIN = {
    **FEEDBACK_PLUGIN,  # noqa: F405
    "SUBMISSION_RATE": (100000, 60),
    "API_READ_RATES": {"anonymous": (100000, 60), "user": (100000, 60), "api_client": (100000, 60)},
    "API_WRITE_RATES": {"anonymous": (100000, 60), "user": (100000, 60), "api_client": (100000, 60)},
}
