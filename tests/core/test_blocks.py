import pytest
from wagtail.blocks import StructBlockValidationError

from core.blocks import NavigationLinkBlock
from newsletter.blocks import CallOutBlock


@pytest.mark.parametrize("block", [NavigationLinkBlock(), CallOutBlock()])
def test_a_link_needs_a_page_or_an_address(block):
    empty = block.to_python({"heading": "Ready?", "text": "Book a consultation"})
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(empty)
    assert "page" in refused.value.block_errors
    with_address = block.to_python(
        {"heading": "Ready?", "text": "Book a consultation", "external_url": "https://example.com/"}
    )
    assert block.clean(with_address)["external_url"] == "https://example.com/"
