"""Helpers shared by the Python test files (pytest puts this folder on sys.path)."""

import contextlib

import gi
gi.require_version('Reorg', '1')
from gi.repository import GLib, Reorg  # noqa: E402

import pytest  # noqa: E402


@contextlib.contextmanager
def reorg_error(code):
    """Expects a GLib.Error of the Reorg domain with the given code."""
    with pytest.raises(GLib.Error) as info:
        yield info
    e = info.value
    assert e.matches(Reorg.error_quark(), code), \
        'expected Reorg.Error.%s, got %s %d: %s' % (
            code.value_nick.upper(), e.domain, e.code, e.message)


def date(y, m, d):
    return GLib.Date.new_dmy(d, GLib.DateMonth(m), y)


def ymd(gdate):
    return (gdate.get_year(), int(gdate.get_month()), gdate.get_day())
