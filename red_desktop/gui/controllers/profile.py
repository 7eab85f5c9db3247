"""Who changes are stamped with: the profile asked at the first start, and Edit › Preferences."""

from __future__ import annotations

from collections.abc import Callable

from red_desktop.core.domain import Evaluator
from red_desktop.core.errors import NotFoundError
from red_desktop.core.profile import ensure_evaluator
from red_desktop.core.settings import Role, Settings
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.profile_dialog import ProfileDialog
from red_desktop.gui.store_service import Change, ChangeKind, StoreService

OnEvaluator = Callable[[str, str, str], None]  # name, role, evaluator uuid


def ask_first(settings: Settings) -> tuple[str, str]:
    """The profile's name and role; the first start asks for them ('' if the user declined)."""
    if not settings.profile_name:
        answer = ProfileDialog("", Role.FIELD_EVALUATOR.value, "").ask()
        if answer is None:
            return "", ""
        save(settings, *answer)
    return settings.profile_name, str(settings.get("profile.role"))


def save(settings: Settings, name: str, role: Role, language: str) -> None:
    settings.set_profile(name, role)
    settings.set("interface.language", language)
    settings.save()


def register(
    service: StoreService,
    name: str,
    role: str,
    on_evaluator: OnEvaluator,
    failed: Callable[[str], None],
    change: Change | None = None,
) -> None:
    """Make sure the store's roster has the evaluator changes are made as (the store's writer adds them)."""
    service.submit(
        lambda store: ensure_evaluator(store, name, role),
        lambda evaluator: on_evaluator(evaluator.name, role, evaluator.uuid),
        failed,
        change,
    )


def known(service: StoreService, name: str) -> Evaluator | None:
    """The store's evaluator of that name, if any (a store on read-only media cannot be added to)."""
    if service.reader is None:
        return None
    try:
        return service.reader.evaluators.by_name(name.strip())
    except NotFoundError:
        return None


def preferences(
    settings: Settings,
    window: MainWindow,
    service: StoreService,
    shown: tuple[str, str],
    on_evaluator: OnEvaluator,
    failed: Callable[[str], None],
) -> str | None:
    """Shows the name and role changes are stamped with (the demo evaluator's in a demo); what is changed there is
    stamped from then on and kept in the profile, what is left as shown does not replace it. The role chosen, or
    None if cancelled."""
    shown_name, shown_role = shown
    answer = ProfileDialog(shown_name, shown_role, str(settings.get("interface.language")), window).ask()
    if answer is None:
        return None
    name, chosen_role, language = answer
    kept_name = name if name != shown_name else settings.profile_name or name
    kept_role = chosen_role if chosen_role.value != shown_role else Role(settings.get("profile.role"))
    save(settings, kept_name, kept_role, language)
    service.set_user(name)
    register(service, name, chosen_role.value, on_evaluator, failed, Change(ChangeKind.EVALUATOR))
    return chosen_role.value
