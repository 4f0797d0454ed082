"""Properties of ``privacy.redact``: whatever a resident writes, the e-mail addresses, phone numbers and
identity codes in it never reach the public text, redaction never raises, and it changes nothing else."""

from hypothesis import example, given
from hypothesis import strategies as st

from feedback_plugin.privacy import REDACTED, redact

LOCAL_PART = st.from_regex(r"[a-z0-9][a-z0-9._+-]{0,20}", fullmatch=True)
LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,15}[a-z0-9])?", fullmatch=True)
EMAILS = st.builds(
    lambda local, labels, top: f"{local}@{'.'.join(labels)}.{top}",
    LOCAL_PART,
    st.lists(LABEL, min_size=1, max_size=3),
    st.sampled_from(["fi", "com", "org", "net"]),
)
# The ways Finnish numbers are written: +358 40 123 4567, 00358401234567, 040-123 4567, (017) 182 111.
DIGITS = st.from_regex(r"[0-9]{7,9}", fullmatch=True)
PHONES = st.one_of(
    st.builds(lambda d: f"+358 {d[:2]} {d[2:5]} {d[5:]}", DIGITS),
    st.builds(lambda d: f"00358{d}", DIGITS),
    st.builds(lambda d: f"0{d[:2]}-{d[2:5]} {d[5:]}", DIGITS),
    st.builds(lambda d: f"0{d}", DIGITS),
    st.builds(lambda d: f"(0{d[:2]}) {d[2:5]} {d[5:]}", DIGITS),
)
IDENTITY_CODES = st.builds(
    lambda day, month, year, century, number, check: f"{day:02d}{month:02d}{year:02d}{century}{number:03d}{check}",
    st.integers(1, 28),
    st.integers(1, 12),
    st.integers(0, 99),
    st.sampled_from("-+AYXWVU"),
    st.integers(2, 899),
    st.sampled_from("0123456789ABCDEFHJKLMNPRSTUVWXY"),
)
PERSONAL_DATA = st.one_of(EMAILS, PHONES, IDENTITY_CODES)
SEPARATORS = st.sampled_from([" ", "\n", ", ", ": ", " (", ". "])
# Text that can hold none of the patterns: no digits, no @, no brackets to hide an @ in.
PLAIN_TEXT = st.text(st.characters(blacklist_categories=["Nd", "Cs"], blacklist_characters="@[]()"), max_size=200)


@given(st.text(max_size=500))
def test_redaction_never_raises_and_is_idempotent(text):
    once = redact(text)
    assert redact(once) == once


@given(st.text(max_size=200), PERSONAL_DATA, SEPARATORS, SEPARATORS, st.text(max_size=200))
@example("Soita ", "040-123 4567", " ", " ", "kiitos")
@example("", "matti.meikalainen@example.fi", " ", ".", "")
def test_personal_data_anywhere_in_a_text_never_survives(before, personal, opening, closing, after):
    redacted = redact(before + opening + personal + closing + after)
    assert personal not in redacted


@given(st.lists(PERSONAL_DATA, min_size=1, max_size=5), SEPARATORS)
def test_every_item_of_a_list_of_personal_data_is_removed(items, separator):
    redacted = redact(separator.join(items))
    assert not any(item in redacted for item in items)
    assert REDACTED in redacted


@given(PLAIN_TEXT)
def test_text_without_personal_data_is_unchanged(text):
    assert redact(text) == text


@given(
    st.sampled_from(["Kauppakatu", "Puijonkatu", "Tulliportinkatu"]),
    st.integers(1, 200),
    st.from_regex(r"[0-9]{5}", fullmatch=True),
    st.integers(1900, 2100),
)
def test_addresses_postal_codes_and_years_are_kept(street, number, postal_code, year):
    text = f"{street} {number}, {postal_code} Kuopio. Valo on ollut rikki vuodesta {year}."
    assert redact(text) == text


@given(st.text(max_size=300))
def test_redaction_only_ever_replaces_text_by_the_marker(text):
    """What is left between the markers is the original text in order: redaction removes, never invents."""
    kept = [part for part in redact(text).split(REDACTED) if part]
    position = 0
    for part in kept:
        found = text.find(part, position)
        assert found >= 0
        position = found + len(part)
