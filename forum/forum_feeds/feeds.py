"""machina's feed of the latest topics, written by women_portal.core.feeds: a subject with
a control character in it no longer takes every forum feed down. machina finds it through
its override mechanism."""

from machina.apps.forum_feeds import feeds as machina

from women_portal.core.feeds import XmlSafeRssFeed


class LastTopicsFeed(machina.LastTopicsFeed):
    feed_type = XmlSafeRssFeed
