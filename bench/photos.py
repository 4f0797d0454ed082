"""Benchmark (not a test): the photo pipeline against a bare Pillow decode, shrink and encode of the same photo.

The photo is a seeded 12-megapixel (4000 × 3000) JPEG of noise over gradients, as a camera sends: the bare
Pillow run is the floor (open, ``thumbnail`` to the maximum edge, save as JPEG at the pipeline's quality), and
the pipeline adds what makes an upload safe to store. The target is at most 1.5 × the floor.

Run with `make bench` (all benchmarks) or `.venv/bin/python bench/photos.py [runs]`.
"""

import io
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import row  # noqa: E402

SIZE = (4000, 3000)
SEED = 13
TARGET = 1.5


def camera_photo():
    """Gradients in each channel with seeded noise on top, saved as a quality-92 JPEG with EXIF."""
    from PIL import Image, ImageChops

    width, height = SIZE
    red = Image.linear_gradient("L").resize(SIZE)
    green = Image.radial_gradient("L").resize(SIZE)
    blue = red.transpose(Image.Transpose.ROTATE_180)
    rng = random.Random(SEED)
    noise = Image.frombytes("L", (width // 4, height // 4), rng.randbytes(width * height // 16)).resize(SIZE)
    channels = [ImageChops.add(channel, noise, scale=1.3) for channel in (red, green, blue)]
    photo = Image.merge("RGB", channels)
    exif = Image.Exif()
    exif[0x0110] = "BenchCamera"
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=92, exif=exif)
    return buffer.getvalue()


def bare_pillow(content, edge, quality):
    from PIL import Image

    with Image.open(io.BytesIO(content)) as image:
        image.thumbnail((edge, edge), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def pipeline(content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from feedback_plugin.photos import clean_photo

    return clean_photo(SimpleUploadedFile("photo.jpg", content, content_type="image/jpeg")).read()


def median_cpu_seconds(runs, *functions):
    """The median CPU time of each function, run in turns so that both share whatever else the machine does.

    CPU time, not wall time: on a machine shared with other work, waiting for a core is not the pipeline's cost.
    """
    for function in functions:
        function()  # warm-up: imports and the first allocations are not the cost being measured
    timings = [[] for _ in functions]
    for _ in range(runs):
        for function, times in zip(functions, timings, strict=True):
            started = time.process_time()
            function()
            times.append(time.process_time() - started)
    return [statistics.median(times) for times in timings]


def main(runs=7):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citysite.settings.test")
    import django

    django.setup()
    from feedback_plugin.conf import feedback_setting
    from feedback_plugin.photos import JPEG_QUALITY

    content = camera_photo()
    edge = feedback_setting("MAX_PHOTO_EDGE")
    floor, ours = median_cpu_seconds(runs, lambda: bare_pillow(content, edge, JPEG_QUALITY), lambda: pipeline(content))
    ratio = ours / floor
    print(f"photo: {SIZE[0]}×{SIZE[1]} JPEG, {len(content) / 1_000_000:.1f} MB, median CPU time of {runs} runs")
    row(
        f"photo pipeline, 12 MP JPEG → {edge} px (CPU time)",
        ours * 1000,
        "ms",
        "bare Pillow",
        floor * 1000,
        target=TARGET,
        higher_is_better=False,
    )
    if ratio > TARGET:
        print(f"photo pipeline is {ratio:.2f}× bare Pillow, over the {TARGET}× target")
        sys.exit(1)


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
