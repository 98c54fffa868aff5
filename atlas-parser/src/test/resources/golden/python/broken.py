"""A module saved in the middle of an edit: the parser must recover."""
import sys

DEFAULTS = {"retries": 3}


class Before:
    """Parsed fine."""

    def ok(self, x):
        return sys.exit(x)


def half_written(a, b):
    total = a +
    if total > = b:
        return
    return total


class After(Before):
    LIMIT = 3

    def still_found(self):
        return self.ok(self.LIMIT)


def tail():
    print("done")
