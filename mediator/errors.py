"""The exceptions every layer raises; each carries a message already in the user's language.

Exit statuses follow the command-line contract: 2 for bad input (a field, a file, a transition from
the wrong state, a role that may not act), 1 for everything else (a corrupt or newer database, I/O).
"""

from __future__ import annotations

from dataclasses import dataclass


class MediatorError(Exception):
    """Base of all expected failures; ``str(err)`` is the user-facing message."""

    exit_code = 1


class InputError(MediatorError):
    """The request itself is wrong; nothing was written."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One rule broken by one field, e.g. ``Problem("applicant.id_number", "校验位错误")``."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(InputError):
    """One or more fields break a rule; ``problems`` lists them all, not just the first."""

    def __init__(self, problems: list[Problem] | Problem, source: str | None = None):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.source = source
        head = f"{source}: " if source else ""
        super().__init__(head + "; ".join(str(p) for p in self.problems))


class NotFound(InputError):
    """A case, user or row named by the caller does not exist."""


class TransitionError(InputError):
    """The case is in a state from which the requested action is not allowed."""


class PermissionDenied(InputError):
    """The acting user's role does not allow the action."""


class StoreError(MediatorError):
    """The database cannot be used: corrupt, locked, made by a newer version, or unreadable."""
