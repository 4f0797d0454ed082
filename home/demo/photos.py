"""Simple drawn photos for demo feedback, saved as a phone would save them: a JPEG with camera and GPS EXIF data.

They are stored through ``photos.clean_photo`` like any resident's upload, which strips that metadata.
"""

import io

from django.core.files.base import ContentFile
from PIL import ExifTags, Image, ImageDraw

from feedback_plugin.photos import clean_photo

SIZE = (960, 720)
SKY = (188, 205, 222)
GRASS = (92, 140, 70)
ASPHALT = (108, 108, 112)
SNOW = (238, 242, 247)


def _ground(colour, horizon=260):
    image = Image.new("RGB", SIZE, SKY)
    ImageDraw.Draw(image).rectangle([0, horizon, SIZE[0], SIZE[1]], fill=colour)
    return image


def pothole(rng):
    image = _ground(ASPHALT)
    draw = ImageDraw.Draw(image)
    x, y = rng.randint(280, 520), rng.randint(420, 520)
    draw.ellipse([x - 40, y - 25, x + 300, y + 125], fill=(70, 70, 74))
    draw.ellipse([x, y, x + 240, y + 90], fill=(38, 36, 36))
    draw.line([(0, 600), (SIZE[0], 560)], fill=(230, 230, 230), width=14)
    return image


def streetlight(rng):
    image = _ground(ASPHALT, horizon=470)
    image.paste((58, 64, 86), [0, 0, SIZE[0], 470])
    draw = ImageDraw.Draw(image)
    x = rng.randint(380, 560)
    draw.rectangle([x, 120, x + 18, 520], fill=(90, 92, 96))
    draw.rectangle([x - 110, 110, x + 18, 126], fill=(90, 92, 96))
    draw.rectangle([x - 150, 104, x - 90, 140], fill=(40, 40, 44))
    return image


def fallen_tree(rng):
    image = _ground(GRASS, horizon=300)
    draw = ImageDraw.Draw(image)
    draw.polygon([(380, 720), (560, 720), (520, 300), (440, 300)], fill=(196, 176, 140))
    tilt = rng.randint(-60, 60)
    draw.line([(60, 470 + tilt), (900, 560 - tilt)], fill=(235, 232, 225), width=46)
    for x in range(120, 880, 90):
        draw.line([(x, 480), (x + 25, 485)], fill=(40, 40, 40), width=6)
    draw.ellipse([820, 420 - tilt, 980, 640 - tilt], fill=(70, 110, 50))
    return image


def snowbank(rng):
    image = _ground(SNOW, horizon=300)
    draw = ImageDraw.Draw(image)
    height = rng.randint(330, 400)
    draw.polygon(
        [(0, 720), (0, height), (300, height - 40), (640, height + 10), (960, height - 20), (960, 720)],
        fill=(214, 220, 230),
    )
    draw.rectangle([0, 640, SIZE[0], SIZE[1]], fill=(150, 146, 140))
    return image


def litter(rng):
    image = _ground(GRASS)
    draw = ImageDraw.Draw(image)
    draw.rectangle([420, 330, 520, 520], fill=(40, 90, 60))
    for _ in range(14):
        x, y = rng.randint(300, 760), rng.randint(480, 680)
        colour = rng.choice([(230, 230, 220), (200, 60, 50), (60, 120, 190), (30, 30, 30)])
        draw.rectangle([x, y, x + rng.randint(20, 60), y + rng.randint(12, 40)], fill=colour)
    return image


SCENES = {
    "pothole": pothole,
    "streetlight": streetlight,
    "fallen_tree": fallen_tree,
    "snowbank": snowbank,
    "litter": litter,
}


def _degrees(value):
    degrees, minutes = int(value), (value % 1) * 60
    return (float(degrees), float(int(minutes)), round((minutes % 1) * 60, 2))


def camera_jpeg(image, latitude, longitude, taken_at):
    """The image as a phone saves it: camera model, time and the spot it was taken at in the EXIF data."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "DemoPhone"
    exif[ExifTags.Base.DateTime] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
    if latitude is not None:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps[ExifTags.GPS.GPSLatitudeRef], gps[ExifTags.GPS.GPSLatitude] = "N", _degrees(float(latitude))
        gps[ExifTags.GPS.GPSLongitudeRef], gps[ExifTags.GPS.GPSLongitude] = "E", _degrees(float(longitude))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90, exif=exif)
    return ContentFile(buffer.getvalue(), name="IMG_0001.jpg")


def demo_photo(scene, rng, latitude, longitude, taken_at):
    """A drawn photo of ``scene``, cleaned by the plugin's photo pipeline and ready for ``create_feedback``."""
    return clean_photo(camera_jpeg(SCENES[scene](rng), latitude, longitude, taken_at))
