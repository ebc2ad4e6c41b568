"""Errors that carry a message meant for the user, not a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or files, explained in one line."""


class DatabaseError(UserError):
    """The database is missing, unreadable, corrupt or of the wrong schema."""
