"""WCAG 2.1 contrast between two sRGB colours (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio)."""

# Normal-size text needs this contrast against its background for WCAG 2.1 AA (success criterion 1.4.3).
AA_NORMAL_TEXT = 4.5


def relative_luminance(hex_colour):
    """The relative luminance (0 black … 1 white) of a ``#rrggbb`` colour."""
    channels = (int(hex_colour[index : index + 2], 16) / 255 for index in (1, 3, 5))
    linear = [value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4 for value in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    """From 1 (no contrast) to 21 (black on white), the same whichever colour is the text."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
