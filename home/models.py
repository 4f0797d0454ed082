from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index


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
