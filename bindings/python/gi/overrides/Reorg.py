# Reorg.py: pythonic helpers for the Reorg library (PyGObject override)
#
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Pythonic helpers for the Reorg library.

PyGObject loads this module automatically on ``from gi.repository import
Reorg`` when ``bindings/python`` (or the installed override folder) is on
``sys.path``. Everything the C library offers stays available as before; this
module only adds:

Values (boxed structs)
  ``Reorg.Money``
    ``Money.from_decimal(value)`` builds an amount exactly from a
    ``decimal.Decimal``, an ``int`` (pounds) or a ``str`` such as
    ``"65000.50"``; a fraction of a penny raises ``ValueError`` and a
    ``float`` raises ``TypeError`` (floats are not exact).
    ``money.to_decimal()`` returns a ``Decimal`` with exactly two places.
    ``repr()`` is ``<Reorg.Money £65,000.00>``, ``str()`` is
    ``reorg_money_to_string()``. Amounts compare and hash by pence, and
    ``+``, ``-`` and unary ``-`` go through the C functions, so an overflow
    raises ``GLib.Error`` (``Reorg.Error.OVERFLOW``) rather than wrapping.
    ``sum()`` works because ``0 + money`` is ``money``.
    There is no ``int()``/``float()``: pounds or pence would be ambiguous,
    use ``money.pence`` or ``money.to_decimal()``.
  ``Reorg.Fte``
    The same for full-time equivalents: ``Fte.from_decimal()``
    (ten-thousandths; exact, so ``ValueError`` beyond four places, where
    ``Reorg.Fte.parse()`` rounds), ``to_decimal()`` with four places,
    ``repr()`` ``<Reorg.Fte 18.5>``, ``str()`` from
    ``reorg_fte_to_string()``, ordering, hashing, ``+``, ``-``, unary
    ``-`` and ``sum()``.
  ``Reorg.FinancialYear``
    ``str()`` is the label (``2015/16``), ``repr()`` shows the label and the
    first and last days. Years compare as ``reorg_financial_year_equal()``
    and ``reorg_financial_year_compare()`` do, by their first day (so years
    with different start months sort by where they begin), and hash by
    (start year, start month). ``date in year`` accepts a ``GLib.Date`` or a
    ``datetime.date``.
  ``Reorg.Totals``
    ``repr()`` shows the key, posts, FTE, cost and vacancies.

Objects
  ``Reorg.Unit``
    ``repr()`` with the reference and name; ``unit.children`` and
    ``unit.posts`` are the ``Gio.ListModel`` of ``get_children()`` and
    ``get_posts()`` (PyGObject gives every ``Gio.ListModel`` ``len()``,
    iteration and indexing). A unit is deliberately not iterable itself:
    "iterate a unit" could mean its children or its posts.
  ``Reorg.Post``
    ``repr()`` with the reference and title.
  ``Reorg.Structure``
    ``structure.units``, ``structure.posts`` and ``structure.roots`` are the
    list models. ``x in structure`` is true for a unit or post that belongs
    to this structure, or for a reference (``str``) of a unit or a post in
    it. A structure has no ``len()`` on purpose: the number of posts and the
    number of units are both natural answers, so ask for
    ``get_n_posts()`` or ``get_n_units()``; an empty structure is still
    true in a boolean context.
  ``Reorg.Plan``
    ``Plan.load(path)`` is ``Plan.new_from_file()`` and
    ``plan.save(path)`` is ``plan.save_to_file()``; both take ``str`` or
    ``os.PathLike`` and raise ``GLib.Error`` on failure.

Proposals, diffs and savings
  ``Reorg.Change``
    ``str()`` is ``reorg_change_describe()``; ``repr()`` adds the date:
    ``<Reorg.Change 2011-03-31 disestablish post 'SIIM'>``.
  ``Reorg.Proposal``
    ``proposal.changes`` is the ``Gio.ListModel`` of ``get_changes()``.
  ``Reorg.Problem``
    ``str()`` is the message; ``repr()`` shows the change index, the code
    and the reference: ``<Reorg.Problem change 3 duplicate-reference
    'SEO-01'>``.
  ``Reorg.PostChange``
    ``repr()`` with the reference and the fields that differ:
    ``<Reorg.PostChange 'SEO1' grade|salary>``.
  ``Reorg.DiffRow``
    ``repr()`` with the unit's reference (``total`` for the total row) and
    the signed changes: ``<Reorg.DiffRow 'FISS' posts=-3 fte=-2
    cost=-£48,000.00 vacant=-1>``.
  ``Reorg.SavingsLine``
    ``line.amounts`` is the list of the part-year ``Reorg.Money`` of each
    year (``get_amount(i)`` for every year index), so
    ``[m.to_decimal() for m in line.amounts]`` gives exact pounds;
    ``repr()`` shows the key, the full-year effect and the amounts.
  ``Reorg.Savings``
    ``savings.totals`` is the list of ``get_total(i)`` for every year,
    ``savings.years`` the list of ``Reorg.FinancialYear``.
"""

import datetime
import decimal
import operator
import os

from gi.repository import GLib

from ..overrides import override
from ..module import get_introspection_module

Reorg = get_introspection_module('Reorg')

__all__ = []

_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1


def _scaled_integer(value, places, what):
    """Returns value * 10**places as an int, exactly, or raises."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(
            '%s.from_decimal() takes a Decimal, an int or a str, not %s '
            '(floats are not exact)' % (what, type(value).__name__))
    if isinstance(value, int):
        scaled = value * 10 ** places
    else:
        if isinstance(value, str):
            try:
                value = decimal.Decimal(value.strip())
            except decimal.InvalidOperation:
                raise ValueError('%s: not a decimal number: %r'
                                 % (what, value)) from None
        elif not isinstance(value, decimal.Decimal):
            raise TypeError(
                '%s.from_decimal() takes a Decimal, an int or a str, not %s'
                % (what, type(value).__name__))
        if not value.is_finite():
            raise ValueError('%s: not a finite number: %s' % (what, value))
        sign, digits, exponent = value.as_tuple()
        coefficient = int(''.join(map(str, digits)) or '0')
        shift = exponent + places
        # Exponents such as 1E+999999999 are checked before any big power
        # of ten is built.
        if coefficient == 0:
            scaled = 0
        elif shift >= 0:
            if len(digits) + shift > 20:
                raise OverflowError('%s: %s does not fit in 64 bits'
                                    % (what, value))
            scaled = coefficient * 10 ** shift
        else:
            if -shift > len(digits):
                remainder = coefficient
            else:
                scaled, remainder = divmod(coefficient, 10 ** -shift)
            if remainder:
                raise ValueError('%s: %s has more than %d decimal places'
                                 % (what, value, places))
        if sign:
            scaled = -scaled
    if not _INT64_MIN <= scaled <= _INT64_MAX:
        raise OverflowError('%s: %s does not fit in 64 bits' % (what, value))
    return scaled


def _to_decimal(scaled, places):
    """Returns the int scaled / 10**places as a Decimal with exactly
    places digits after the point, without any context rounding."""
    sign, digits, _ = decimal.Decimal(scaled).as_tuple()
    return decimal.Decimal((sign, digits, -places))


def _trimmed(d):
    """A Decimal as text without trailing zeros after the point."""
    text = '{:f}'.format(d)
    if '.' in text:
        text = text.rstrip('0').rstrip('.')
    return text


def _ordered(cls, key):
    """Gives cls ==, !=, <, <=, >, >= and hash() over key(self), for other
    instances of cls only. functools.total_ordering cannot be used: the
    base GBoxed type already has rich comparisons (by address)."""
    base = cls.__bases__[-1]  # the introspected type: class X(mixins..., Reorg.X)

    def compare(op):
        def method(self, other):
            if not isinstance(other, base):
                return NotImplemented
            return op(key(self), key(other))
        method.__name__ = '__%s__' % op.__name__
        return method

    for op in (operator.eq, operator.ne, operator.lt, operator.le,
               operator.gt, operator.ge):
        setattr(cls, '__%s__' % op.__name__, compare(op))
    cls.__hash__ = lambda self: hash((base.__name__, key(self)))
    return cls


def _glib_date(date):
    if isinstance(date, GLib.Date):
        return date
    if isinstance(date, datetime.date):
        return GLib.Date.new_dmy(date.day, GLib.DateMonth(date.month),
                                 date.year)
    raise TypeError('expected a GLib.Date or a datetime.date, not %s'
                    % type(date).__name__)


def _iso(date):
    return '%04d-%02d-%02d' % (date.get_year(), int(date.get_month()),
                               date.get_day())


class _ExactSum:
    """+, - and sum() for Money and Fte, through the C functions, so that an
    overflow raises GLib.Error instead of wrapping."""

    def __add__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.add(other)

    def __radd__(self, other):
        # sum() starts from the int 0.
        if isinstance(other, int) and not isinstance(other, bool) \
                and other == 0:
            return self.copy()
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.subtract(other)


class Money(_ExactSum, Reorg.Money):
    @classmethod
    def from_decimal(cls, value):
        """Returns the exact amount of pounds value (a Decimal, int or str).

        Raises ValueError for a fraction of a penny or text that is not a
        number, TypeError for a float, OverflowError beyond 64-bit pence.
        """
        return cls.new(_scaled_integer(value, 2, 'Money'))

    def to_decimal(self):
        """Returns the amount in pounds as a Decimal with two places."""
        return _to_decimal(self.pence, 2)

    def __repr__(self):
        text = self.format(Reorg.MoneyScale.UNITS, 2,
                           Reorg.MoneyFormatFlags.SYMBOL)
        return '<Reorg.Money %s>' % text

    def __str__(self):
        return self.to_string()

    def __neg__(self):
        return self.negate()


_ordered(Money, lambda m: m.pence)
Money = override(Money)
__all__.append('Money')


class Fte(_ExactSum, Reorg.Fte):
    @classmethod
    def from_decimal(cls, value):
        """Returns the exact FTE value (a Decimal, int or str).

        Raises ValueError beyond four decimal places or for text that is not
        a number, TypeError for a float, OverflowError beyond 64 bits.
        """
        return cls.new(_scaled_integer(value, 4, 'Fte'))

    def to_decimal(self):
        """Returns the FTE as a Decimal with four places."""
        return _to_decimal(self.units, 4)

    def __repr__(self):
        return '<Reorg.Fte %s>' % _trimmed(self.to_decimal())

    def __str__(self):
        return self.to_string()

    def __neg__(self):
        # There is no reorg_fte_negate(): 0 - self is overflow-checked too.
        return Reorg.Fte.new(0).subtract(self)


_ordered(Fte, lambda f: f.units)
Fte = override(Fte)
__all__.append('Fte')


class FinancialYear(Reorg.FinancialYear):
    def __str__(self):
        return self.get_label()

    def __repr__(self):
        return '<Reorg.FinancialYear %s (%s to %s)>' % (
            self.get_label(), _iso(self.get_first_day()),
            _iso(self.get_last_day()))

    def __contains__(self, date):
        return self.contains(_glib_date(date))


# Ordered by the first day, as reorg_financial_year_compare(); equal when
# the start year and month are equal, as reorg_financial_year_equal().
_ordered(FinancialYear,
         lambda y: (y.get_start_year(), int(y.get_start_month())))
FinancialYear = override(FinancialYear)
__all__.append('FinancialYear')


class Totals(Reorg.Totals):

    def __repr__(self):
        key = self.get_key()
        return '<Reorg.Totals%s posts=%d fte=%s cost=%s vacant=%d>' % (
            '' if key is None else ' %r' % key,
            self.get_posts(),
            _trimmed(self.get_fte().to_decimal()),
            self.get_cost().format(Reorg.MoneyScale.UNITS, 2,
                                   Reorg.MoneyFormatFlags.SYMBOL),
            self.get_vacant_posts())


Totals = override(Totals)
__all__.append('Totals')


class Unit(Reorg.Unit):

    def __repr__(self):
        return '<Reorg.Unit %r %r>' % (self.get_reference(), self.get_name())

    @property
    def children(self):
        """The child units, a Gio.ListModel of Reorg.Unit."""
        return self.get_children()

    @property
    def posts(self):
        """The posts sitting directly in this unit, a Gio.ListModel of
        Reorg.Post."""
        return self.get_posts()


Unit = override(Unit)
__all__.append('Unit')


class Post(Reorg.Post):

    def __repr__(self):
        return '<Reorg.Post %r %r>' % (self.get_reference(),
                                       self.get_title())


Post = override(Post)
__all__.append('Post')


class Structure(Reorg.Structure):

    @property
    def units(self):
        """Every unit of the structure, a Gio.ListModel of Reorg.Unit."""
        return self.get_units()

    @property
    def posts(self):
        """Every post of the structure, a Gio.ListModel of Reorg.Post."""
        return self.get_posts()

    @property
    def roots(self):
        """The top-level units, a Gio.ListModel of Reorg.Unit."""
        return self.get_roots()

    def __contains__(self, item):
        if isinstance(item, str):
            return (self.lookup_post(item) is not None
                    or self.lookup_unit(item) is not None)
        if isinstance(item, (Reorg.Unit, Reorg.Post)):
            return item.get_structure() == self
        raise TypeError('expected a reference, a Reorg.Unit or a Reorg.Post, '
                        'not %s' % type(item).__name__)


Structure = override(Structure)
__all__.append('Structure')


class Plan(Reorg.Plan):

    @classmethod
    def load(cls, path):
        """Reads a plan file (reorg_plan_new_from_file()); raises GLib.Error."""
        return cls.new_from_file(os.fspath(path))

    def save(self, path):
        """Writes the plan (reorg_plan_save_to_file()); raises GLib.Error."""
        self.save_to_file(os.fspath(path))


Plan = override(Plan)
__all__.append('Plan')


def _gbp(money):
    return money.format(Reorg.MoneyScale.UNITS, 2,
                        Reorg.MoneyFormatFlags.SYMBOL)


class Change(Reorg.Change):

    def __str__(self):
        return self.describe()

    def __repr__(self):
        return '<Reorg.Change %s %s>' % (_iso(self.get_date()),
                                          self.describe())


Change = override(Change)
__all__.append('Change')


class Proposal(Reorg.Proposal):

    @property
    def changes(self):
        """The changes in order, a Gio.ListModel of Reorg.Change."""
        return self.get_changes()


Proposal = override(Proposal)
__all__.append('Proposal')


class Problem(Reorg.Problem):

    def __str__(self):
        return self.get_message()

    def __repr__(self):
        reference = self.get_reference()
        return '<Reorg.Problem change %d %s%s>' % (
            self.get_change_index(), self.get_code(),
            '' if reference is None else ' %r' % reference)


Problem = override(Problem)
__all__.append('Problem')


def _signed(text):
    return text if text.startswith('-') else '+' + text


def _nicks(flags):
    nicks = [n for n in flags.value_nicks if n != 'none']
    return '|'.join(nicks) if nicks else 'none'


class PostChange(Reorg.PostChange):

    def __repr__(self):
        return '<Reorg.PostChange %r %s>' % (self.get_reference(),
                                             _nicks(self.get_fields()))


PostChange = override(PostChange)
__all__.append('PostChange')


class DiffRow(Reorg.DiffRow):

    def __repr__(self):
        reference = self.get_reference()
        return '<Reorg.DiffRow%s posts=%+d fte=%s cost=%s vacant=%+d>' % (
            ' total' if reference is None else ' %r' % reference,
            self.get_posts_change(),
            _signed(_trimmed(self.get_fte_change().to_decimal())),
            _signed(_gbp(self.get_cost_change())),
            self.get_vacancies_change())


DiffRow = override(DiffRow)
__all__.append('DiffRow')


class SavingsLine(Reorg.SavingsLine):

    @property
    def amounts(self):
        """The part-year amount of each financial year, a list of
        Reorg.Money indexed as the years of the Reorg.Savings."""
        return [self.get_amount(i) for i in range(self.get_n_years())]

    def __repr__(self):
        return '<Reorg.SavingsLine %r full-year=%s years=[%s]>' % (
            self.get_key(), _gbp(self.get_full_year_effect()),
            ', '.join(_gbp(m) for m in self.amounts))


SavingsLine = override(SavingsLine)
__all__.append('SavingsLine')


class Savings(Reorg.Savings):

    @property
    def years(self):
        """The financial years computed, a list of Reorg.FinancialYear."""
        return list(self.get_years())

    @property
    def totals(self):
        """The part-year savings of the whole proposal in each year, a list
        of Reorg.Money indexed as years."""
        return [self.get_total(i) for i in range(self.get_n_years())]


Savings = override(Savings)
__all__.append('Savings')
