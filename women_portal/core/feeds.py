"""RSS that a stray control character cannot break.

XML 1.0 cannot carry the control characters U+0000–U+001F other than tab and line breaks:
Django's feed writer refuses them with an error, so one forum subject or article title
containing one would answer 500 to every reader of the feed. Every text of the feed, the
channel's and each item's, leaves them out on the way in."""

import re

from django.utils.feedgenerator import Rss201rev2Feed

NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value):
    if isinstance(value, str):
        return NOT_IN_XML.sub("", value)
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(item) for item in value)
    return value


class XmlSafeRssFeed(Rss201rev2Feed):
    def __init__(self, *args, **kwargs):
        super().__init__(*map(xml_safe, args), **{k: xml_safe(v) for k, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*map(xml_safe, args), **{k: xml_safe(v) for k, v in kwargs.items()})
