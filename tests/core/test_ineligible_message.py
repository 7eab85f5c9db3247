"""An approval refused for failing eligibility gates keeps its meaning (issue 18, item 3): said in the language of
the moment it is shown, the gates' word in the plural form their number takes, with a stable code and English."""

from __future__ import annotations

from red_desktop.core import messages
from red_desktop.core.errors import IneligibleError


def test_an_ineligible_approval_carries_its_meaning() -> None:
    one = IneligibleError("RED-PE-2026-001", ("a",), ("Public and private commitment",))
    two = IneligibleError("RED-PE-2026-001", ("a", "b"), ("Gate A", "Gate B"))
    assert one.message_code == two.message_code == "ineligible"
    assert "fails the eligibility gate Public and private commitment and has no gate override" in str(one)
    assert "fails the eligibility gates Gate A; Gate B and" in str(two)
    messages.set_language("pt")
    try:
        assert "não passa no requisito de elegibilidade Public and private commitment" in str(one)
        assert "não passa nos requisitos de elegibilidade Gate A; Gate B" in str(two)
        assert one.args[0].english() == (
            "RED-PE-2026-001 cannot be approved: it fails the eligibility gate Public and private commitment and has "
            "no gate override; record an override with its rationale first, or defer or reject it"
        )
    finally:
        messages.set_language("en")
