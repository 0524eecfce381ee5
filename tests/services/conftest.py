import pytest

# Contributors, their organisations and the editor, as the library's review tests make them.
from tests.library.conftest import (  # noqa: F401
    contributor,
    editor,
    make_user,
    organisation,
    other_contributor,
)
from tests.services.factories import HelpIndexPageFactory


@pytest.fixture
def help_page(homes):
    return HelpIndexPageFactory(parent=homes["ar"])
