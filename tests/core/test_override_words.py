"""An eligibility override refused says why in the user's language (issue 18's leftover, found in issue 19's
session): the store's override refusals were English f-strings in a Spanish or Portuguese window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from red_desktop.core.errors import NotFoundError, ValidationError
from red_desktop.core.messages import set_language
from red_desktop.core.store import Store
from tests.factories import proposal


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    set_language("en")


def test_override_refusals_speak_spanish_and_portuguese(store: Store) -> None:
    uuid = store.proposals.add(proposal()).uuid
    with pytest.raises(ValidationError) as empty:
        store.overrides.set(uuid, "   ")
    with pytest.raises(ValidationError) as no_reason:
        store.overrides.clear(uuid, "")
    with pytest.raises(NotFoundError) as none:
        store.overrides.clear(uuid, "El convenio se cayó")
    set_language("es")
    assert "es obligatorio, de 5.000 caracteres como máximo" in str(empty.value)
    assert "La excepción de elegibilidad" in str(empty.value)
    assert "es obligatorio" in str(no_reason.value) and "required" not in str(no_reason.value)
    assert str(none.value) == "Esta propuesta no tiene una excepción de elegibilidad"
    set_language("pt")
    assert "é obrigatório, com no máximo 5.000 caracteres" in str(empty.value)
    set_language("en")
    assert "is required, at most 5,000 characters" in str(empty.value)
    assert store.overrides.get(uuid) is None  # nothing changed
