# test_values.py: Reorg.Money, Reorg.Fte and Reorg.FinancialYear from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import datetime
import os
from decimal import Decimal

import gi
gi.require_version('Reorg', '1')
from gi.repository import GLib, Reorg  # noqa: E402

import pytest  # noqa: E402

from reorgtest import reorg_error, date, ymd  # noqa: E402

INT64_MAX = (1 << 63) - 1
INT64_MIN = -(1 << 63)

Scale = Reorg.MoneyScale
Flags = Reorg.MoneyFormatFlags
April = GLib.DateMonth.APRIL




def money(pence):
    return Reorg.Money.new(pence)


def pounds(text, scale=Scale.UNITS):
    return Reorg.Money.parse(text, scale).pence


# ---- the override is the one from this source tree -------------------------

def test_override_is_loaded_from_the_source_tree():
    import gi.overrides.Reorg as override
    root = os.environ.get('REORG_SOURCE_ROOT')
    if root:
        expected = os.path.join(root, 'bindings', 'python', 'gi',
                                'overrides', 'Reorg.py')
        assert os.path.samefile(override.__file__, expected)
    assert hasattr(Reorg.Money, 'from_decimal')
    assert isinstance(money(1), override.Money)


# ---- Money: construction and fields ----------------------------------------

def test_money_new_and_pence():
    m = money(6500000)
    assert m.pence == 6500000
    assert m.get_pence() == 6500000
    assert money(-1).pence == -1
    assert money(INT64_MAX).pence == INT64_MAX
    assert money(INT64_MIN).pence == INT64_MIN


def test_money_new_from_pounds():
    assert Reorg.Money.new_from_pounds(65000).pence == 6500000
    assert Reorg.Money.new_from_pounds(-3).pence == -300
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.Money.new_from_pounds(INT64_MAX // 100 + 1)
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.Money.new_from_pounds(INT64_MIN // 100 - 1)


# ---- Money: parsing every form the councils write ---------------------------

@pytest.mark.parametrize('text, scale, pence', [
    ('£65,000', Scale.UNITS, 6500000),
    ('65000', Scale.UNITS, 6500000),
    ('65,000.00', Scale.UNITS, 6500000),
    ('£52,000.50', Scale.UNITS, 5200050),
    ('£4.8m', Scale.UNITS, 480000000),
    ('£3m', Scale.UNITS, 300000000),
    ('£1.8m', Scale.UNITS, 180000000),
    ('£552k', Scale.UNITS, 55200000),
    ('£300k', Scale.UNITS, 30000000),
    ('£1.2bn', Scale.UNITS, 120000000000),
    ('£25m', Scale.UNITS, 2500000000),
    ('(3,215)', Scale.THOUSANDS, -321500000),
    ('3,215', Scale.THOUSANDS, 321500000),
    ('-3,215', Scale.THOUSANDS, -321500000),
    ('86', Scale.THOUSANDS, 8600000),
    ('4.8', Scale.MILLIONS, 480000000),
    ('(120)', Scale.UNITS, -12000),
    ('0', Scale.UNITS, 0),
])
def test_money_parse(text, scale, pence):
    assert pounds(text, scale) == pence


def test_money_parse_savings_add_up():
    # Manchester 2010: savings £3m + £1.8m = £4.8m.
    total = Reorg.Money.parse('£3m', Scale.UNITS) + \
        Reorg.Money.parse('£1.8m', Scale.UNITS)
    assert total == Reorg.Money.parse('£4.8m', Scale.UNITS)


@pytest.mark.parametrize('text', ['', 'abc', '£', '£12x', '12..5', '(3,215',
                                  '£4.8q'])
def test_money_parse_rejects_garbage(text):
    with reorg_error(Reorg.Error.PARSE):
        Reorg.Money.parse(text, Scale.UNITS)


def test_money_parse_overflow():
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.Money.parse('£99,999,999,999,999,999,999', Scale.UNITS)
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.Money.parse('99,999,999,999,999,999', Scale.THOUSANDS)


def test_money_parse_largest():
    assert pounds('92233720368547758.07') == INT64_MAX
    assert pounds('-92233720368547758.08') == INT64_MIN


# ---- Money: formatting ------------------------------------------------------

def test_money_to_string():
    assert str(money(6500000)) == '£65,000'
    assert money(6500000).to_string() == '£65,000'
    assert money(6500050).to_string() == '£65,000.50'
    assert money(5).to_string() == '£0.05'
    assert money(-321500000).to_string() == '-£3,215,000'


def test_money_to_decimal_string():
    assert money(6500000).to_decimal_string() == '65000.00'
    assert money(-5).to_decimal_string() == '-0.05'
    assert money(INT64_MAX).to_decimal_string() == '92233720368547758.07'
    assert money(INT64_MIN).to_decimal_string() == '-92233720368547758.08'


@pytest.mark.parametrize('pence, scale, decimals, flags, text', [
    (6500000, Scale.UNITS, 0, Flags.SYMBOL, '£65,000'),
    (6500000, Scale.UNITS, 2, Flags.NONE, '65,000.00'),
    (6500000, Scale.UNITS, 0, Flags.NO_GROUPING, '65000'),
    (480000000, Scale.MILLIONS, 1, Flags.SYMBOL | Flags.SUFFIX, '£4.8m'),
    (55200000, Scale.THOUSANDS, 0, Flags.SYMBOL | Flags.SUFFIX, '£552k'),
    (120000000000, Scale.BILLIONS, 1, Flags.SYMBOL | Flags.SUFFIX, '£1.2bn'),
    (-321500000, Scale.THOUSANDS, 0, Flags.BRACKETS, '(3,215)'),
    (-321500000, Scale.THOUSANDS, 0, Flags.NONE, '-3,215'),
    (300000000, Scale.MILLIONS, 2, Flags.SYMBOL | Flags.SUFFIX | Flags.TRIM,
     '£3m'),
    (180000000, Scale.MILLIONS, 2, Flags.SYMBOL | Flags.SUFFIX | Flags.TRIM,
     '£1.8m'),
])
def test_money_format(pence, scale, decimals, flags, text):
    assert money(pence).format(scale, decimals, flags) == text


@pytest.mark.parametrize('text, scale, flags', [
    ('£65,000', Scale.UNITS, Flags.SYMBOL),
    ('(3,215)', Scale.THOUSANDS, Flags.BRACKETS),
    ('£552k', Scale.THOUSANDS, Flags.SYMBOL | Flags.SUFFIX),
    ('£4.8m', Scale.MILLIONS, Flags.SYMBOL | Flags.SUFFIX | Flags.TRIM),
])
def test_money_format_parse_round_trip(text, scale, flags):
    # A suffix fixes the scale by itself; without one the table's scale
    # applies.
    parse_scale = Scale.UNITS if flags & Flags.SUFFIX else scale
    m = Reorg.Money.parse(text, parse_scale)
    decimals = 1 if flags & Flags.TRIM else 0
    assert m.format(scale, decimals, flags) == text


# ---- Money: exact arithmetic and overflow -----------------------------------

def test_money_arithmetic():
    a, b = money(6500000), money(4500000)
    assert (a + b).pence == 11000000
    assert (a - b).pence == 2000000
    assert (b - a).pence == -2000000
    assert (-a).pence == -6500000
    assert a.add(b).pence == 11000000
    assert a.subtract(b).pence == 2000000
    assert a.negate().pence == -6500000
    assert a.multiply(2).pence == 13000000
    # half of a year's cost, rounded half away from zero
    assert money(101).multiply_ratio(1, 2).pence == 51
    assert money(-101).multiply_ratio(1, 2).pence == -51
    assert money(6500000).multiply_ratio(183, 366).pence == 3250000


def test_money_sum():
    amounts = [money(p) for p in (1, 2, 3, 100000000)]
    assert sum(amounts).pence == 100000006
    assert sum(amounts, money(0)).pence == 100000006


def test_money_mixing_types_is_refused():
    with pytest.raises(TypeError):
        money(1) + 1
    with pytest.raises(TypeError):
        money(1) + Decimal(1)
    with pytest.raises(TypeError):
        money(1) - Reorg.Fte.new(1)
    with pytest.raises(TypeError):
        money(1) < 2
    assert money(100) != 1
    assert money(100) != Reorg.Fte.new(100)


@pytest.mark.parametrize('operation', [
    lambda: money(INT64_MAX) + money(1),
    lambda: money(INT64_MIN) + money(-1),
    lambda: money(INT64_MIN) - money(1),
    lambda: money(INT64_MAX) - money(-1),
    lambda: -money(INT64_MIN),
    lambda: money(INT64_MAX).add(money(1)),
    lambda: money(INT64_MIN).negate(),
    lambda: money(INT64_MAX // 2 + 1).multiply(2),
    lambda: money(INT64_MAX).multiply_ratio(3, 2),
    lambda: sum([money(INT64_MAX), money(1)]),
])
def test_money_overflow_raises(operation):
    with reorg_error(Reorg.Error.OVERFLOW) as info:
        operation()
    assert info.value.domain == 'reorg-error-quark'
    assert info.value.code == int(Reorg.Error.OVERFLOW)


def test_money_multiply_ratio_zero_denominator():
    with pytest.raises(GLib.Error) as info:
        money(100).multiply_ratio(1, 0)
    assert info.value.domain == 'reorg-error-quark'


# ---- Money: comparisons, hashing ---------------------------------------------

def test_money_ordering_and_hash():
    a, b, c = money(-5), money(0), money(6500000)
    assert a < b < c
    assert c > b > a
    assert a <= money(-5) and a >= money(-5)
    assert money(7) == money(7)
    assert money(7) != money(8)
    assert sorted([c, a, b]) == [a, b, c]
    assert max([a, c, b]) == c
    assert len({money(7), money(7), money(8)}) == 2
    assert hash(money(7)) == hash(money(7))
    assert {money(7): 'x'}[money(7)] == 'x'
    assert money(7).equal(money(7))
    assert money(7).compare(money(8)) < 0
    assert money(INT64_MIN) < money(INT64_MAX)


def test_money_repr():
    assert repr(money(6500000)) == '<Reorg.Money £65,000.00>'
    assert repr(money(5)) == '<Reorg.Money £0.05>'
    assert repr(money(-5)).startswith('<Reorg.Money ')
    assert '0.05' in repr(money(-5))


# ---- Money: Decimal round trips ----------------------------------------------

@pytest.mark.parametrize('value, pence', [
    (Decimal('65000'), 6500000),
    (Decimal('65000.00'), 6500000),
    (Decimal('65000.000000'), 6500000),
    (Decimal('0.01'), 1),
    (Decimal('-3215000'), -321500000),
    (Decimal('4.8E+6'), 480000000),
    (Decimal('-0'), 0),
    (65000, 6500000),
    (-3, -300),
    ('552000', 55200000),
    ('52000.50', 5200050),
    (' 1.5 ', 150),
    ('92233720368547758.07', INT64_MAX),
    ('-92233720368547758.08', INT64_MIN),
])
def test_money_from_decimal(value, pence):
    assert Reorg.Money.from_decimal(value).pence == pence


@pytest.mark.parametrize('value', [Decimal('0.005'), Decimal('65000.001'),
                                   '0.001', '-1.999', 'abc', '£65,000', '',
                                   Decimal('NaN'), Decimal('Infinity'),
                                   'Infinity'])
def test_money_from_decimal_rejects(value):
    with pytest.raises(ValueError):
        Reorg.Money.from_decimal(value)


@pytest.mark.parametrize('value', [0.1, 65000.0, True, None, [1]])
def test_money_from_decimal_refuses_inexact_types(value):
    with pytest.raises(TypeError):
        Reorg.Money.from_decimal(value)


def test_money_from_decimal_overflow():
    with pytest.raises(OverflowError):
        Reorg.Money.from_decimal('92233720368547758.08')
    with pytest.raises(OverflowError):
        Reorg.Money.from_decimal(10 ** 20)
    with pytest.raises(OverflowError):
        Reorg.Money.from_decimal('1E+999999999')
    with pytest.raises(OverflowError):
        Reorg.Fte.from_decimal(Decimal('-1E+999999999'))
    # zeros are small, however they are written
    assert Reorg.Money.from_decimal('0E+999999999').pence == 0
    assert Reorg.Money.from_decimal('-0E-999999999').pence == 0
    with pytest.raises(ValueError):
        Reorg.Money.from_decimal('1E-999999999')


@pytest.mark.parametrize('pence', [0, 1, -1, 5, 99, 100, 6500000, -321500000,
                                   123456789012345, INT64_MAX, INT64_MIN])
def test_money_decimal_round_trip(pence):
    d = money(pence).to_decimal()
    assert isinstance(d, Decimal)
    assert d.as_tuple().exponent == -2
    assert d * 100 == pence
    assert Reorg.Money.from_decimal(d).pence == pence
    assert str(d) == money(pence).to_decimal_string()


def test_money_to_decimal_is_exact_under_a_small_context():
    import decimal
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        assert str(money(INT64_MAX).to_decimal()) == '92233720368547758.07'


# ---- FTE ---------------------------------------------------------------------

def fte(text):
    return Reorg.Fte.parse(text)


def test_fte_scale():
    assert Reorg.FTE_SCALE == 10000
    assert Reorg.Fte.new(15000).units == 15000
    assert Reorg.Fte.new(15000).get_units() == 15000


def test_fte_sums_exactly():
    total = fte('0.6') + fte('0.94')
    assert total.units == 15400
    assert total == fte('1.54')
    assert total.to_decimal() == Decimal('1.54')
    assert str(total.to_decimal()) == '1.5400'
    # ten tenths are one, exactly
    assert sum([fte('0.1')] * 10) == fte('1')


def test_fte_manchester():
    # 38 FISS posts out, 18.5 Families First in: 19.5 net reduction.
    assert fte('18.5').units == 185000
    assert (fte('38') - fte('18.5')) == fte('19.5')
    assert (fte('18.5') - fte('38')).units == -195000
    assert fte('174').subtract(fte('112')) == fte('62')
    assert fte('18.5').add(fte('1')) == fte('19.5')


@pytest.mark.parametrize('text, units', [
    ('1', 10000), ('0.6', 6000), ('18.5', 185000), ('0.94', 9400),
    ('.5', 5000), ('0.8108', 8108), ('0', 0), ('-19.5', -195000),
    (' 1.00 ', 10000),
    # HR exports: more than four decimals are rounded half away from zero
    ('0.810810811', 8108), ('0.00005', 1), ('-0.00005', -1),
])
def test_fte_parse(text, units):
    assert fte(text).units == units


@pytest.mark.parametrize('text', ['', 'abc', '1.2.3', '18.5x', '0,5',
                                  '1,234', 'NaN', 'inf', '1e3'])
def test_fte_parse_rejects_garbage(text):
    with reorg_error(Reorg.Error.PARSE):
        fte(text)


def test_fte_strings():
    assert str(fte('18.5')) == fte('18.5').to_string()
    assert fte('18.5').to_string() == '18.5'
    assert fte('1').to_string() == '1'
    assert fte('0.8108').to_string() == '0.8108'
    assert fte('18.5').format(2) == '18.50'
    assert fte('0.8108').format(2) == '0.81'
    assert fte('1').format(0) == '1'
    assert fte('18.5').to_double() == 18.5


def test_fte_from_hours():
    # 30 of 37 hours: 0.81081... rounded to four places.
    f = Reorg.Fte.new_from_hours(30 * 60, 37 * 60)
    assert f.units == 8108
    assert Reorg.Fte.new_from_hours(37 * 60, 37 * 60) == fte('1')
    assert Reorg.Fte.new_from_hours(18 * 60 + 30, 37 * 60) == fte('0.5')
    with pytest.raises(GLib.Error) as info:
        Reorg.Fte.new_from_hours(30 * 60, 0)
    assert info.value.domain == 'reorg-error-quark'


def test_fte_repr():
    assert repr(fte('18.5')) == '<Reorg.Fte 18.5>'
    assert repr(fte('1')) == '<Reorg.Fte 1>'
    assert repr(fte('10')) == '<Reorg.Fte 10>'
    assert repr(fte('0.0001')) == '<Reorg.Fte 0.0001>'
    assert repr(Reorg.Fte.new(-195000)) == '<Reorg.Fte -19.5>'


def test_fte_ordering_and_hash():
    assert fte('0.6') < fte('0.94') < fte('1')
    assert fte('1') >= fte('1.0000')
    assert sorted([fte('2'), fte('0.5'), fte('1')]) == \
        [fte('0.5'), fte('1'), fte('2')]
    assert len({fte('1'), fte('1.0'), fte('1.00')}) == 1
    assert fte('1') != money(10000)
    assert fte('1').equal(fte('1'))
    assert fte('1').compare(fte('2')) < 0


def test_fte_negation():
    assert (-fte('18.5')).units == -185000
    with reorg_error(Reorg.Error.OVERFLOW):
        -Reorg.Fte.new(INT64_MIN)


def test_fte_overflow():
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.Fte.new(INT64_MAX) + Reorg.Fte.new(1)
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.Fte.new(INT64_MIN) - Reorg.Fte.new(1)
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.Fte.new(INT64_MAX).add(Reorg.Fte.new(1))


@pytest.mark.parametrize('value, units', [
    (Decimal('18.5'), 185000), ('0.6', 6000), ('0.94', 9400), (1, 10000),
    (Decimal('0.8108'), 8108), ('-19.5', -195000), (Decimal('1.54000'), 15400),
])
def test_fte_from_decimal(value, units):
    assert Reorg.Fte.from_decimal(value).units == units


@pytest.mark.parametrize('value', ['0.81081', Decimal('0.00001'), 'x'])
def test_fte_from_decimal_rejects(value):
    with pytest.raises(ValueError):
        Reorg.Fte.from_decimal(value)


def test_fte_from_decimal_refuses_floats():
    with pytest.raises(TypeError):
        Reorg.Fte.from_decimal(0.6)


@pytest.mark.parametrize('units', [0, 1, 6000, 185000, -195000, INT64_MAX,
                                   INT64_MIN])
def test_fte_decimal_round_trip(units):
    d = Reorg.Fte.new(units).to_decimal()
    assert d.as_tuple().exponent == -4
    assert d * 10000 == units
    assert Reorg.Fte.from_decimal(d).units == units


def test_fte_decimal_sum_matches():
    values = ['0.6', '0.94', '18.5', '0.8108', '1', '0.25']
    total = sum(Reorg.Fte.from_decimal(v) for v in values)
    assert total.to_decimal() == sum(Decimal(v) for v in values)


# ---- Financial years -----------------------------------------------------------

def fy(start_year, month=April):
    return Reorg.FinancialYear.new(start_year, month)


def test_financial_year_label_and_days():
    y = fy(2015)
    assert y.start_year == 2015
    assert y.get_start_year() == 2015
    assert y.get_start_month() == April
    assert y.get_label() == '2015/16'
    assert str(y) == '2015/16'
    assert ymd(y.get_first_day()) == (2015, 4, 1)
    assert ymd(y.get_last_day()) == (2016, 3, 31)


def test_financial_year_labels_across_centuries():
    assert fy(1999).get_label() == '1999/00'
    assert fy(2009).get_label() == '2009/10'
    assert fy(2010).get_label() == '2010/11'


def test_financial_year_leap_year():
    # 2015/16 holds 29 February 2016; 2016/17 does not reach February 2018.
    assert fy(2015).get_n_days() == 366
    assert fy(2016).get_n_days() == 365
    assert fy(2019).get_n_days() == 366
    assert fy(2014).get_n_days() == 365
    assert fy(2015).contains(date(2016, 2, 29))


def test_financial_year_contains():
    y = fy(2015)
    assert y.contains(date(2015, 4, 1))
    assert y.contains(date(2016, 3, 31))
    assert y.contains(date(2015, 12, 25))
    assert not y.contains(date(2015, 3, 31))
    assert not y.contains(date(2016, 4, 1))
    # the override's "in"
    assert date(2016, 2, 29) in y
    assert datetime.date(2016, 3, 31) in y
    assert datetime.date(2016, 4, 1) not in y
    with pytest.raises(TypeError):
        '2016-01-01' in y


def test_financial_year_for_date():
    y = Reorg.FinancialYear.new_for_date(date(2016, 3, 31), April)
    assert y.get_label() == '2015/16'
    y = Reorg.FinancialYear.new_for_date(date(2016, 4, 1), April)
    assert y.get_label() == '2016/17'
    y = Reorg.FinancialYear.new_for_date(date(2010, 12, 22), April)
    assert y == fy(2010)
    y = Reorg.FinancialYear.new_for_date(date(2012, 1, 5), April)
    assert y == fy(2011)


def test_financial_year_january():
    y = fy(2015, GLib.DateMonth.JANUARY)
    assert ymd(y.get_first_day()) == (2015, 1, 1)
    assert ymd(y.get_last_day()) == (2015, 12, 31)
    assert y.get_n_days() == 365
    assert fy(2016, GLib.DateMonth.JANUARY).get_n_days() == 366
    assert y.get_label() == '2015'
    assert y.contains(date(2015, 12, 31))
    assert not y.contains(date(2016, 1, 1))
    y = Reorg.FinancialYear.new_for_date(date(2015, 6, 30),
                                         GLib.DateMonth.JANUARY)
    assert y.get_start_year() == 2015


def test_financial_year_october():
    y = fy(2015, GLib.DateMonth.OCTOBER)
    assert ymd(y.get_first_day()) == (2015, 10, 1)
    assert ymd(y.get_last_day()) == (2016, 9, 30)
    assert y.get_n_days() == 366
    assert y.get_label() == '2015/16'
    y = Reorg.FinancialYear.new_for_date(date(2016, 9, 30),
                                         GLib.DateMonth.OCTOBER)
    assert y.get_start_year() == 2015
    y = Reorg.FinancialYear.new_for_date(date(2016, 10, 1),
                                         GLib.DateMonth.OCTOBER)
    assert y.get_start_year() == 2016


def test_financial_year_fraction_from():
    y = fy(2015)
    # A post deleted on 1 October 2015 saves half of 2015/16:
    # 183 of its 366 days.
    assert y.days_from(date(2015, 10, 1)) == 183
    assert y.fraction_from(date(2015, 10, 1)) == pytest.approx(0.5)
    assert y.days_from(date(2015, 4, 1)) == 366
    assert y.fraction_from(date(2015, 4, 1)) == 1.0
    assert y.days_from(date(2016, 3, 31)) == 1
    assert y.fraction_from(date(2016, 3, 31)) == pytest.approx(1 / 366)
    y = fy(2016)
    assert y.days_from(date(2017, 1, 1)) == 90
    assert y.fraction_from(date(2017, 1, 1)) == pytest.approx(90 / 365)


def test_financial_year_parse():
    y = Reorg.FinancialYear.parse('2015/16', April)
    assert y == fy(2015)
    assert Reorg.FinancialYear.parse('1999/00', April) == fy(1999)
    for bad in ['', '2015', '2015/17', 'abcd/ef', '2015-16x']:
        with pytest.raises(GLib.Error) as info:
            Reorg.FinancialYear.parse(bad, April)
        assert info.value.domain == 'reorg-error-quark', bad


def test_financial_year_invalid_month():
    with reorg_error(Reorg.Error.INVALID):
        Reorg.FinancialYear.new(2015, GLib.DateMonth.BAD_MONTH)


def test_financial_year_offset():
    assert fy(2015).offset(1) == fy(2016)
    assert fy(2015).offset(-5) == fy(2010)
    assert fy(2015).offset(1).get_label() == '2016/17'


def test_financial_year_equality_ordering_hash():
    assert fy(2015) == fy(2015)
    assert fy(2015) != fy(2016)
    assert fy(2015) != fy(2015, GLib.DateMonth.JANUARY)
    assert fy(2014) < fy(2015) < fy(2016)
    assert sorted([fy(2016), fy(2014), fy(2015)]) == \
        [fy(2014), fy(2015), fy(2016)]
    assert len({fy(2015), fy(2015), fy(2016)}) == 2
    assert fy(2015) != '2015/16'
    # Python's ordering agrees with reorg_financial_year_compare(), also
    # across start months
    years = [fy(y, GLib.DateMonth(m)) for y in (2014, 2015) for m in
             (1, 4, 10)]
    for a in years:
        for b in years:
            c = a.compare(b)
            assert (a < b, a == b, a > b) == (c < 0, c == 0, c > 0)
            assert (a <= b, a >= b, a != b) == (c <= 0, c >= 0, c != 0)
            assert a.equal(b) == (a == b)


def test_financial_year_repr():
    assert repr(fy(2015)) == \
        '<Reorg.FinancialYear 2015/16 (2015-04-01 to 2016-03-31)>'
