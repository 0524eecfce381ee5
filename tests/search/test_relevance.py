"""Relevance on the demo content: recall@10 and MRR over tests/search/relevance.yaml.

A query is answered when one of its expected documents is among the first 10 results of
its group (what the reader sees on that group's tab). Both figures are printed.
"""

from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Locale

from women_portal.search.groups import GROUPS

CASES = yaml.safe_load((Path(__file__).parent / "relevance.yaml").read_text())
RECALL_AT_10_NEEDED = 0.9


def identifier(result) -> str:
    """A page's slug, an indicator's code, or a forum post's topic slug."""
    if hasattr(result, "post"):
        return result.post.topic.slug
    return getattr(result, "slug", None) or result.code


def ranked_slugs(query: str, language: str) -> list[list[str]]:
    """For each group, the slugs (or indicator codes) of its first 10 results."""
    with translation.override(language):
        locale = Locale.objects.get(language_code=language)
        lists = []
        for group_class in GROUPS:
            results = group_class(locale, QueryDict()).search(query)[:10]
            lists.append([identifier(result) for result in results])
        return lists


@pytest.mark.django_db
def test_recall_at_10_on_the_demo_content(django_capture_on_commit_callbacks, capsys):
    with django_capture_on_commit_callbacks(execute=True):  # the PDFs are read on commit
        call_command("load_demo_content", stdout=open("/dev/null", "w"))
    answered, reciprocal_ranks, missed = 0, [], []
    for case in CASES:
        expected = set(case["expect"])
        ranks = [
            rank
            for slugs in ranked_slugs(case["query"], case["language"])
            for rank, slug in enumerate(slugs, start=1)
            if slug in expected
        ]
        if ranks:
            answered += 1
            reciprocal_ranks.append(1 / min(ranks))
        else:
            reciprocal_ranks.append(0)
            missed.append(f"{case['language']}: {case['query']} → {sorted(expected)}")
    recall = answered / len(CASES)
    mrr = sum(reciprocal_ranks) / len(CASES)
    with capsys.disabled():
        print(f"\nsearch relevance: {len(CASES)} queries, recall@10 {recall:.2f}, MRR {mrr:.2f}")
        for miss in missed:
            print(f"  missed {miss}")
    assert len(CASES) >= 40
    assert recall >= RECALL_AT_10_NEEDED, missed
