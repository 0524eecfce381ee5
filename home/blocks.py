"""Every StreamField block of the site, in one place, reused by all page types."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

# A deliberately small rich-text toolbar: readable pages, no stray styling.
PARAGRAPH_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


def raise_on_field(name: str, message: str):
    """Show a block's validation error beside one of its fields."""
    raise blocks.StructBlockValidationError(
        block_errors={name: ErrorList([ValidationError(message)])}
    )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section")), ("h3", _("Sub-section"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for readers who cannot see it, in this page's "
            "language. Required."
        ),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"


class EmbedFacadeBlock(blocks.StructBlock):
    """Content from YouTube, Vimeo, Facebook or X, loaded only when the reader asks for it."""

    url = EmbedBlock(
        label=_("address of the post or video"),
        help_text=_("A YouTube, Vimeo, Facebook or X address, copied from the browser."),
    )
    title = blocks.CharBlock(
        label=_("title"),
        max_length=200,
        help_text=_("Shown before the reader chooses to load the content."),
    )

    class Meta:
        icon = "media"
        label = _("Social media post or video")
        template = "home/blocks/embed_facade.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        try:
            context["embed"] = get_embed(value["url"].url)
        except EmbedException:
            context["embed"] = None  # the provider changed its addresses; the link still works
        return context


class VideoBlock(EmbedFacadeBlock):
    description = blocks.TextBlock(label=_("description"), required=False)
    duration = blocks.CharBlock(
        label=_("duration"), required=False, max_length=20, help_text=_("E.g. 12 min.")
    )
    transcript = blocks.RichTextBlock(
        label=_("transcript"),
        required=False,
        features=PARAGRAPH_FEATURES,
        help_text=_("What is said in the video, for readers who cannot watch or hear it."),
    )

    class Meta:
        icon = "media"
        label = _("Video or documentary")
        template = "home/blocks/video.html"


class DocumentLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    description = blocks.TextBlock(label=_("description"), required=False)
    page = blocks.PageChooserBlock(
        label=_("library item"), required=False, help_text=_("A page of the digital library.")
    )
    document = DocumentChooserBlock(label=_("document"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Book or document")
        template = "home/blocks/document_link.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["document"]):
            raise_on_field("page", _("Choose either a library item or a document."))
        return value


class HelplineBlock(blocks.StructBlock):
    helpline = SnippetChooserBlock("core.Helpline", label=_("helpline"))
    message = blocks.CharBlock(
        label=_("message"),
        required=False,
        max_length=250,
        help_text=_("E.g. “If you are in danger, call now.”"),
    )

    class Meta:
        icon = "warning"
        label = _("Helpline")
        template = "home/blocks/helpline.html"

    def get_context(self, value, parent_context=None):
        """`line`: the helpline in the reader's language as published, or None (unpublished
        since the article chose it: the article then shows no number at all)."""
        context = super().get_context(value, parent_context=parent_context)
        chosen = value.get("helpline")
        line = chosen.localized if chosen is not None else None
        context["line"] = line if line is not None and line.live else None
        return context


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=150)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or address"), required=False)
    button = blocks.CharBlock(label=_("button text"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value["page"] and not value["url"]:
            raise_on_field("page", _("Choose a page or give an address."))
        return value


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("caption"), max_length=200, help_text=_("What the table shows, and its source.")
    )
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("text"))),
            ("number", blocks.DecimalBlock(label=_("number"))),
        ],
        label=_("table"),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "home/blocks/table.html"


class IndicatorChartBlock(blocks.StructBlock):
    indicator = SnippetChooserBlock("statistics.Indicator", label=_("indicator"))

    class Meta:
        icon = "table"
        label = _("Statistics chart")
        template = "home/blocks/indicator_chart.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=PARAGRAPH_FEATURES, icon="pilcrow"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedFacadeBlock()
    video = VideoBlock()
    document = DocumentLinkBlock()
    helpline = HelplineBlock()
    call_to_action = CallToActionBlock()
    table = TableBlock()
    indicator_chart = IndicatorChartBlock()
