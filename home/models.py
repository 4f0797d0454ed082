from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index

from .contrast import AA_NORMAL_TEXT, contrast_ratio


class HomePage(Page):
    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True)
    body = StreamField(
        [
            ("heading", blocks.CharBlock(form_classname="title", label=_("Heading"))),
            ("paragraph", blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])),
        ],
        blank=True,
        verbose_name=_("body"),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_text")]
    api_fields = [APIField("hero_title"), APIField("hero_text"), APIField("body")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class AccessibilityStatementPage(Page):
    """The accessibility statement that the Finnish Act on the Provision of Digital Services requires."""

    class Conformance(models.TextChoices):
        FULL = "full", _("Fully compliant")
        PARTIAL = "partial", _("Partially compliant")
        NONE = "none", _("Not compliant")

    conformance = models.CharField(
        _("conformance with WCAG 2.1 AA"), max_length=10, choices=Conformance.choices, default="partial"
    )
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    non_accessible_content = RichTextField(
        _("content that is not accessible"), blank=True, features=["bold", "italic", "link", "ul", "h3"]
    )
    feedback_and_contact = RichTextField(_("giving accessibility feedback"), features=["bold", "italic", "link", "ul"])
    enforcement = RichTextField(_("enforcement procedure"), features=["bold", "italic", "link"])
    prepared_on = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("statement last reviewed on"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("conformance"),
        FieldPanel("intro"),
        FieldPanel("non_accessible_content"),
        FieldPanel("feedback_and_contact"),
        FieldPanel("enforcement"),
        FieldPanel("prepared_on"),
        FieldPanel("reviewed_on"),
    ]
    api_fields = [
        APIField("conformance"),
        APIField("intro"),
        APIField("non_accessible_content"),
        APIField("feedback_and_contact"),
        APIField("enforcement"),
        APIField("prepared_on"),
        APIField("reviewed_on"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("accessibility statement")


class ContactDetails(TranslatableMixin, models.Model):
    """The city's contact details shown in the footer, one translation per language."""

    organisation = models.CharField(_("organisation"), max_length=120)
    street_address = models.CharField(_("street address"), max_length=120)
    postal_code = models.CharField(_("postal code"), max_length=10)
    city = models.CharField(_("city"), max_length=60)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)

    panels = [
        FieldPanel("organisation"),
        FieldPanel("street_address"),
        FieldPanel("postal_code"),
        FieldPanel("city"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("opening_hours"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self):
        return self.organisation

    @classmethod
    def for_active_locale(cls):
        return cls.objects.filter(locale=Locale.get_active()).first()


# The stylesheet's own defaults (static/css/site.css, :root): the demo's neutral city look.
DEFAULT_COLOURS = {"primary_colour": "#00406b", "accent_colour": "#002b49", "text_on_primary_colour": "#ffffff"}
# The light backgrounds (static/css/site.css, --color-bg and --color-bg-soft) that the primary and accent colours are
# text on: buttons, link hover, the skip link.
LIGHT_BACKGROUNDS = ["#ffffff", "#f1f5f9"]
# Icons are square renditions of the logo, the largest 512 px: a smaller logo would be scaled up, and blurred.
LOGO_MIN_SIZE = 512
hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as #rrggbb, for example #00406b."))


def colour_field(verbose_name, name, help_text):
    """A #rrggbb colour of the theme, by default the stylesheet's own."""
    return models.CharField(
        verbose_name, max_length=7, default=DEFAULT_COLOURS[name], validators=[hex_colour], help_text=help_text
    )


@register_setting(icon="image")
class ThemeSettings(ClusterableModel, BaseSiteSetting):
    """The city's look: its service name in each language, its logo and its colours."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header and used for the app icons. At least 512 × 512 pixels."),
    )
    primary_colour = colour_field(_("primary colour"), "primary_colour", _("The header and the buttons."))
    accent_colour = colour_field(
        _("accent colour"), "accent_colour", _("The navigation bar and links under the pointer.")
    )
    text_on_primary_colour = colour_field(
        _("text on primary colour"), "text_on_primary_colour", _("Text on the primary and accent colours.")
    )

    panels = [
        InlinePanel("service_names", heading=_("Service name"), label=_("Service name in a language")),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel(name, widget=forms.TextInput(attrs={"type": "color"}))
                for name in ["primary_colour", "accent_colour", "text_on_primary_colour"]
            ],
            heading=_("Colours"),
        ),
    ]

    class Meta:
        verbose_name = _("theme")

    def contrast_pairs(self):
        """Each (field, text colour, background colour) the stylesheet draws, to be told apart on an error."""
        on_primary = self.text_on_primary_colour
        yield "text_on_primary_colour", on_primary, self.primary_colour
        yield "text_on_primary_colour", on_primary, self.accent_colour
        for background in LIGHT_BACKGROUNDS:
            yield "primary_colour", self.primary_colour, background
            yield "accent_colour", self.accent_colour, background

    def clean(self):
        super().clean()
        errors = {}
        colours = [self.primary_colour, self.accent_colour, self.text_on_primary_colour]
        if all(hex_colour.regex.match(colour or "") for colour in colours):
            for field, text, background in self.contrast_pairs():
                ratio = contrast_ratio(text, background)
                if ratio < AA_NORMAL_TEXT and field not in errors:
                    errors[field] = ValidationError(
                        _(
                            "Text in %(text)s on %(background)s has a contrast of %(ratio)s:1; "
                            "WCAG 2.1 AA needs at least %(needed)s:1."
                        ),
                        params={
                            "text": text,
                            "background": background,
                            # Cut, not rounded: 4.499 must not read as the 4.5 it falls short of.
                            "ratio": number_format(ratio, 2),
                            "needed": number_format(AA_NORMAL_TEXT, 1),
                        },
                    )
        if self.logo and min(self.logo.width, self.logo.height) < LOGO_MIN_SIZE:
            errors["logo"] = ValidationError(
                _("The logo is %(width)s × %(height)s pixels; it must be at least %(size)s × %(size)s."),
                params={"width": self.logo.width, "height": self.logo.height, "size": LOGO_MIN_SIZE},
            )
        if errors:
            raise ValidationError(errors)


class ServiceName(Orderable):
    """The service's name in one language: the header, the page titles and the installed app."""

    theme = ParentalKey(ThemeSettings, related_name="service_names", on_delete=models.CASCADE)
    locale = models.ForeignKey(Locale, verbose_name=_("language"), on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name"), max_length=60)
    short_name = models.CharField(
        _("short name"), max_length=12, help_text=_("Under the icon of the installed app: at most 12 characters.")
    )

    panels = [FieldPanel("locale"), FieldPanel("name"), FieldPanel("short_name")]

    class Meta(Orderable.Meta):
        verbose_name = _("service name")
        constraints = [models.UniqueConstraint(fields=["theme", "locale"], name="one_service_name_per_language")]
