"""This laptop's evaluator key as the window uses it: the public half read, the private half unlocked (its
passphrase asked for only when needed, again when wrong), a new key created, the public key file exported.

Key files are read and written in the background; the private key stays in memory once unlocked, the
passphrase never does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from red_desktop.core import identity
from red_desktop.core.exchange.service import Signer, load_signer
from red_desktop.core.identity import KeyFileError, PublicIdentity
from red_desktop.gui.tasks import Executor, is_alive


@dataclass(frozen=True)
class KeyState:
    public: PublicIdentity | None
    signer: Signer | None
    locked: bool


def needs_passphrase(error: KeyFileError) -> bool:
    """Whether a key file error asks for a (right) passphrase: only then is asking again any use. By its code:
    its words are the user's language."""
    return error.message_code in identity.PASSPHRASE_ASKED


class _Asked:
    """`work` refused for want of a (right) passphrase: the message, handed back as a result so the code that
    says so survives the trip to the GUI thread (a failure arrives as words only)."""

    def __init__(self, message: str):
        self.message = message


def inspect_keys(keys_dir: Path) -> KeyState:
    """The profile's key as it is on disk: none, locked by a passphrase, or unlocked."""
    if not (keys_dir / identity.PRIVATE_KEY_FILENAME).exists():
        return KeyState(None, None, False)
    public = identity.read_public_key(keys_dir / identity.PUBLIC_KEY_FILENAME)
    try:
        signer = load_signer(keys_dir)
    except KeyFileError as exc:
        if needs_passphrase(exc):
            return KeyState(public, None, True)
        raise
    return KeyState(signer.identity, signer, False)


class KeyRing(QObject):
    """`profile()` gives the name and role a new key is made for (the user's profile)."""

    changed = Signal()

    def __init__(
        self, keys_dir: Path, runner: Executor, profile: Callable[[], tuple[str, str]], parent: QObject | None = None
    ):
        super().__init__(parent)
        self.keys_dir = keys_dir
        self.profile = profile
        self._runner = runner
        self.public: PublicIdentity | None = None
        self.signer: Signer | None = None
        self.locked = False
        self.problem = ""
        self.read = False  # the key files were looked at once

    @property
    def exists(self) -> bool:
        return self.public is not None

    @property
    def box_key(self) -> Any:
        """The key that opens packages encrypted to this laptop, once unlocked."""
        return self.signer.box_key if self.signer is not None else None

    def refresh(self) -> None:
        """Look at the key files again; a key without a passphrase is unlocked at once, one with waits for unlock()."""
        folder = self.keys_dir
        self._runner.run(
            lambda: inspect_keys(folder), context=self, on_done=self._on_inspected, on_failed=self._on_problem
        )

    def _on_inspected(self, state: KeyState) -> None:
        held = self.signer
        if state.signer is None and held is not None and state.public is not None:
            if held.identity.fingerprint == state.public.fingerprint:  # unlocked before: it stays unlocked
                state = KeyState(state.public, held, False)
        self._set(state.public, state.signer, state.locked)

    def _set(self, public: PublicIdentity | None, signer: Signer | None, locked: bool, problem: str = "") -> None:
        self.public, self.signer, self.locked, self.problem, self.read = public, signer, locked, problem, True
        self.changed.emit()

    def _on_problem(self, message: str) -> None:
        self._set(None, None, False, message)

    def _on_unlock_failed(self, message: str) -> None:
        self.problem = message
        self.changed.emit()

    def unlock(
        self,
        parent: QWidget | None,
        then: Callable[[Signer], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Unlock the private key, asking for its passphrase if it has one; `then` runs with it (not if cancelled)."""
        if self.signer is not None:
            if then is not None:
                then(self.signer)
            return
        folder = self.keys_dir

        def unlocked(signer: Signer) -> None:
            self._set(signer.identity, signer, False)
            if then is not None and is_alive(parent):
                then(signer)

        def refused(message: str) -> None:
            if failed is None:
                self._on_unlock_failed(message)
            elif is_alive(parent):
                failed(message)

        self.with_passphrase(
            parent,
            lambda passphrase: load_signer(folder, passphrase),
            unlocked,
            refused,
            None,
            self.locked,
        )

    def with_passphrase(
        self,
        parent: QWidget | None,
        work: Callable[[bytes | None], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        passphrase: bytes | None = None,
        ask_first: bool = False,
    ) -> None:
        """Run `work(passphrase)` in the background; while the key says it needs a (right) passphrase, ask for one.
        Cancelling the question ends it quietly. The key ring's callbacks: they run whether `parent` lives or not."""
        if ask_first:
            passphrase = self.ask_passphrase(parent, again=False)
            if passphrase is None:
                return

        def attempt() -> Any:
            try:
                return work(passphrase)
            except KeyFileError as exc:
                if needs_passphrase(exc):
                    return _Asked(str(exc))
                raise

        def done(result: Any) -> None:
            if not isinstance(result, _Asked):
                on_success(result)
                return
            if not is_alive(parent):
                return  # the window that asked was closed meanwhile
            again = self.ask_passphrase(parent, again=passphrase is not None)
            if again is not None:
                self.with_passphrase(parent, work, on_success, on_failure, again)

        self._runner.run(attempt, context=self, on_done=done, on_failed=on_failure)

    def ask_passphrase(self, parent: QWidget | None, again: bool) -> bytes | None:
        label = (
            self.tr("That passphrase does not open your key. Try again:")
            if again
            else self.tr("Your key is protected by a passphrase. Passphrase:")
        )
        text, ok = QInputDialog.getText(parent, self.tr("Unlock your key"), label, QLineEdit.EchoMode.Password)
        return text.encode("utf-8") if ok else None

    def create(
        self,
        parent: QWidget | None,
        passphrase: bytes | None,
        on_success: Callable[[Signer], None],
        on_failure: Callable[[str], None],
    ) -> None:
        """A new key pair for the profile (refused if one exists), unlocked at once; the callbacks run while
        `parent` (the widget that asked) lives."""
        folder = self.keys_dir
        name, role = self.profile()

        def work() -> Signer:
            identity.create_keys(folder, name, role, passphrase)
            return load_signer(folder, passphrase)

        def created(signer: Signer) -> None:
            self._set(signer.identity, signer, False)
            if is_alive(parent):
                on_success(signer)

        def failed(message: str) -> None:
            if is_alive(parent):
                on_failure(message)

        self._runner.run(work, context=self, on_done=created, on_failed=failed)

    def export_public_key(
        self,
        parent: QWidget | None,
        target: Path,
        on_success: Callable[[PublicIdentity], None],
        on_failure: Callable[[str], None],
    ) -> None:
        """Write the public key file to hand out; a profile made before encryption gains its encryption key first
        (which needs the passphrase, if the key has one)."""
        folder = self.keys_dir

        def work(passphrase: bytes | None) -> PublicIdentity:
            public = identity.ensure_encryption_key(folder, passphrase)
            identity.write_public_key(public, target)
            return public

        def written(public: PublicIdentity) -> None:
            self.public = public
            self.changed.emit()
            if is_alive(parent):
                on_success(public)

        def failed(message: str) -> None:
            if is_alive(parent):
                on_failure(message)

        self.with_passphrase(parent, work, written, failed)
