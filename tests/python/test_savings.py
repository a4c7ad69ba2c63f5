# test_savings.py: the money of a proposal by financial year from Python:
# day-exact part-year savings, groupings that add up, grant and mainstream
# money, pay protection, one-off costs and redundancy pay, net cost and the
# call on reserves, the workforce impact table and the consultation check.
#
# The scenarios are those of tests/test-savings.c, built here as proposals
# applied to structures, with the figures worked out independently in Python.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import collections
import datetime
import random
from decimal import Decimal
from fractions import Fraction

import gi
gi.require_version('Reorg', '1')
from gi.repository import GLib, Reorg  # noqa: E402

import pytest  # noqa: E402

from reorgtest import date, reorg_error, ymd  # noqa: E402

Status = Reorg.PostStatus
Tenure = Reorg.Tenure
Funding = Reorg.FundingKind
Grouping = Reorg.SavingsGrouping
Duty = Reorg.ConsultationDuty
Scope = Reorg.ConsultationScope
C = Reorg.Change
APRIL = GLib.DateMonth.APRIL


def gbp(text):
    return Reorg.Money.from_decimal(text)


def pence(money):
    return money.pence


# ---- building bases and proposals ----------------------------------------------

class Base:
    """A structure built by hand: units under a root, posts of 1 FTE with no
    on-costs unless told otherwise, so that a post's annual cost is its
    salary."""

    def __init__(self, root='CS', root_name="Children's Services"):
        self.s = Reorg.Structure.new()
        self.unit(root, root_name, None)

    def unit(self, ref, name=None, parent='CS'):
        u = Reorg.Unit.new(ref, name or ref, Reorg.UnitKind.TEAM)
        self.s.add_unit(u, None if parent is None else self.s.lookup_unit(parent))
        return u

    def post(self, ref, unit, salary, status=Status.FILLED, fte='1',
             tenure=Tenure.PERMANENT, funding=Funding.MAINSTREAM,
             funding_name=None):
        p = Reorg.Post.new(ref)
        p.set_fte(Reorg.Fte.from_decimal(fte))
        p.set_salary(salary if isinstance(salary, Reorg.Money) else gbp(salary))
        p.set_status(status)
        p.set_tenure(tenure)
        p.set_funding(funding, funding_name)
        self.s.add_post(p, self.s.lookup_unit(unit))
        return p


def proposal(*changes, name='Phase 1'):
    p = Reorg.Proposal.new(name)
    for c in changes:
        p.add_change(c)
    return p


def cut(iso, ref, label=None):
    y, m, d = map(int, iso.split('-'))
    change = C.new_disestablish_post(date(y, m, d), ref)
    if label is not None:
        change.set_label(label)
    return change


def year(start, month=APRIL):
    return Reorg.FinancialYear.new(start, month)


def savings(p, base, first, n, month=APRIL):
    return Reorg.Savings.new(p, base, month,
                             None if first is None else year(first, month), n)


def totals(sv):
    return [pence(sv.get_total(i)) for i in range(sv.get_n_years())]


def amounts(line):
    return [pence(line.get_amount(i)) for i in range(line.get_n_years())]


def lines_by_key(sv, grouping):
    return {line.get_key(): line for line in sv.get_lines(grouping)}


# ---- the part-year formula, worked out here ------------------------------------

def to_date(gdate):
    return datetime.date(*ymd(gdate))


def round_half_away(q):
    """A Fraction rounded to an integer, half away from zero."""
    n = abs(q.numerator) * 2 + q.denominator
    r = n // (2 * q.denominator)
    return r if q >= 0 else -r


def part_year(full_year_pence, money_date, fy_first, fy_last):
    """The part-year amount in a financial year of a full-year effect whose
    money starts on money_date: the days from the later of money_date and
    the year's first day to its last day, both included, over the days of
    the year, rounded half away from zero to the penny."""
    n_days = (fy_last - fy_first).days + 1
    start = max(money_date, fy_first)
    days = max(0, (fy_last - start).days + 1)
    return round_half_away(Fraction(full_year_pence * days, n_days))


# ---- part-year and full-year effects -------------------------------------------

def test_part_year_across_a_financial_year_boundary():
    """A post of £36,500 deleted on 1 October 2010: 1 October to 31 March is
    31 + 30 + 31 + 31 + 28 + 31 = 182 days of 365, so 182/365 of £36,500,
    £18,200, in 2010/11, and all of it from 2011/12."""
    b = Base()
    b.post('P', 'CS', '36500')
    sv = savings(proposal(cut('2010-10-01', 'P')), b.s, 2009, 4)

    fy = year(2010)
    assert fy.days_from(date(2010, 10, 1)) == 182
    assert (datetime.date(2011, 3, 31) - datetime.date(2010, 10, 1)).days + 1 == 182
    assert sv.get_n_years() == 4
    assert sv.get_start_month() == APRIL
    years = sv.get_years()
    assert [str(y) for y in years] == ['2009/10', '2010/11', '2011/12', '2012/13']
    assert years[1] == fy
    assert sv.get_year(1) == fy
    assert totals(sv) == [0, 1820000, 3650000, 3650000]
    assert sv.get_full_year_total() == gbp('36500')
    assert sv.get_total(1).to_decimal() == Decimal('18200.00')
    assert Decimal(36500) * 182 / 365 == Decimal('18200')
    # The base is not modified.
    assert b.s.lookup_post('P') is not None


def test_part_year_first_and_last_day():
    # On the first day of a year: the whole year. On the last day: one day.
    b = Base()
    b.post('A', 'CS', '36500')
    b.post('B', 'CS', '36500')
    sv = savings(proposal(cut('2011-04-01', 'A'), cut('2011-03-31', 'B')),
                 b.s, 2010, 2)
    assert totals(sv) == [10000, 7300000]          # 1/365 of £36,500 is £100
    lines = sv.get_lines(Grouping.NONE)
    assert [amounts(line) for line in lines] == [[0, 3650000], [10000, 3650000]]


def test_part_year_leap_year():
    # 2015/16 has 366 days: 1 October 2015 leaves 183, 29 February 2016 32.
    b = Base()
    b.post('A', 'CS', '36600')
    b.post('B', 'CS', '36600')
    sv = savings(proposal(cut('2015-10-01', 'A'), cut('2016-02-29', 'B')),
                 b.s, 2015, 2)
    assert year(2015).get_n_days() == 366
    lines = sv.get_lines(Grouping.NONE)
    assert len(lines) == 2
    assert pence(lines[0].get_amount(0)) == 1830000
    assert pence(lines[1].get_amount(0)) == 320000
    assert totals(sv) == [2150000, 7320000]


@pytest.mark.parametrize('month, first, iso, n_days, expected', [
    # A calendar year: 1 July 2015 leaves 184 of 365 days.
    (GLib.DateMonth.JANUARY, 2015, '2015-07-01', 365, 1840000),
    # An academic year from September: 2015/16 runs to 31 August 2016 and
    # holds 29 February 2016; 1 January 2016 leaves 244 of 366 days.
    (GLib.DateMonth.SEPTEMBER, 2015, '2016-01-01', 366, 2440000),
])
def test_part_year_other_start_months(month, first, iso, n_days, expected):
    b = Base()
    b.post('P', 'CS', '36500' if n_days == 365 else '36600')
    sv = savings(proposal(cut(iso, 'P')), b.s, first, 2, month)
    assert sv.get_start_month() == month
    assert year(first, month).get_n_days() == n_days
    assert pence(sv.get_total(0)) == expected
    assert pence(sv.get_total(1)) == pence(sv.get_full_year_total())


def test_part_year_day_exact_for_every_day_of_two_years():
    """One post deleted on each day from 1 March 2015 to 31 May 2016 (over
    two year ends and 29 February 2016), each amount against the formula
    worked out here."""
    b = Base()
    changes = []
    first = datetime.date(2015, 3, 1)
    days = [first + datetime.timedelta(days=i) for i in range(458)]
    rng = random.Random(36500)
    costs = {}
    for i, day in enumerate(days):
        ref = 'P%03d' % i
        costs[ref] = rng.randrange(1000000, 9000000)   # £10,000 to £90,000
        b.post(ref, 'CS', Reorg.Money.new(costs[ref]))
        changes.append(cut(day.isoformat(), ref))
    sv = savings(proposal(*changes), b.s, 2014, 4)
    years = [(to_date(y.get_first_day()), to_date(y.get_last_day()))
             for y in sv.get_years()]
    assert years[0] == (datetime.date(2014, 4, 1), datetime.date(2015, 3, 31))
    lines = sv.get_lines(Grouping.NONE)
    assert len(lines) == len(days)
    sums = [0] * 4
    for i, (line, day) in enumerate(zip(lines, days)):
        full = costs['P%03d' % i]
        assert line.get_key() == str(i)
        assert pence(line.get_full_year_effect()) == full
        want = [part_year(full, day, f, l) for f, l in years]
        assert amounts(line) == want, day
        sums = [s + w for s, w in zip(sums, want)]
    assert totals(sv) == sums


def test_rounding_per_change_then_summed():
    b = Base()
    b.post('F', 'CS', '50000')
    # £50,000 from 1 October 2010: 5,000,000 x 182 / 365 = 2,493,150.68...
    sv = savings(proposal(cut('2010-10-01', 'F')), b.s, 2010, 1)
    assert totals(sv) == [2493151]
    assert part_year(5000000, datetime.date(2010, 10, 1),
                     datetime.date(2010, 4, 1), datetime.date(2011, 3, 31)) == 2493151

    # Three posts of 1p a year from 1 October 2010: 0.4986p each, rounded
    # to 0p each and 0p in all; rounding the sum would give 1p.
    b = Base()
    for ref in ('X1', 'X2', 'X3'):
        b.post(ref, 'CS', Reorg.Money.new(1))
    sv = savings(proposal(*[cut('2010-10-01', r) for r in ('X1', 'X2', 'X3')]),
                 b.s, 2010, 1)
    assert totals(sv) == [0]
    assert pence(sv.get_full_year_total()) == 3
    assert round_half_away(Fraction(3 * 182, 365)) == 1

    # 2015/16 has 366 days: 1 October leaves 183, exactly a half. A saving
    # of 1p and a cost of 1p round half away from zero: 1p and -1p.
    b = Base()
    b.post('A', 'CS', Reorg.Money.new(1))
    b.post('B', 'CS', Reorg.Money.new(1))
    sv = savings(proposal(cut('2015-10-01', 'A'),
                          C.new_set_salary(date(2015, 10, 1), 'B',
                                           Reorg.Money.new(2))),
                 b.s, 2015, 1)
    assert [amounts(line) for line in sv.get_lines(Grouping.NONE)] == [[1], [-1]]
    assert totals(sv) == [0]


def test_pay_protection_delays_the_saving():
    """Two posts regraded on 1 October 2010 from £40,000 to £30,000, each
    saving £10,000 a year; one keeps its pay protected for a year, so its
    money starts on 1 October 2011: 183 of 366 days of 2011/12."""
    b = Base()
    b.post('A', 'CS', '40000')
    b.post('B', 'CS', '40000')
    protected = C.new_regrade(date(2010, 10, 1), 'A', 'G4', gbp('30000'))
    protected.set_pay_protection_until(date(2011, 10, 1))
    assert ymd(protected.get_money_date()) == (2011, 10, 1)
    plain = C.new_regrade(date(2010, 10, 1), 'B', 'G4', gbp('30000'))
    sv = savings(proposal(protected, plain), b.s, 2010, 3)
    lines = sv.get_lines(Grouping.NONE)
    assert amounts(lines[0]) == [0, 500000, 1000000]
    assert amounts(lines[1]) == [498630, 1000000, 1000000]   # 182/365: 498,630.1
    assert pence(lines[0].get_full_year_effect()) == 1000000
    assert totals(sv) == [498630, 1500000, 2000000]
    # The protection does not change the target structure.
    assert proposal(protected).apply(b.s, None).lookup_post('A').get_salary() == \
        gbp('30000')


# ---- groupings ---------------------------------------------------------------

def manchester_like():
    """Two groups like Manchester 2010's: FISS to Families First (38 FTE out,
    18.5 in: 19.5 net) and admin to business support (174 out, 112 in: 62
    net), with a grant-funded post and an unlabelled change."""
    b = Base()
    b.unit('SC', 'Social Care')
    b.unit('FISS', 'Family Intervention', 'SC')
    b.unit('FF', 'Families First', 'SC')
    b.unit('CORE', 'Core')
    b.unit('ADMIN', 'Administration', 'CORE')
    b.unit('BSU', 'Business Support', 'CORE')
    for i in range(38):
        b.post('F%02d' % i, 'FISS', '28000' if i else '40000',
               Status.VACANT if i % 4 == 3 else Status.FILLED)
    for i in range(174):
        b.post('A%03d' % i, 'ADMIN', '21000', tenure=Tenure.TEMPORARY if i % 3 == 0
               else Tenure.PERMANENT)
    b.post('G1', 'FISS', '30000', funding=Funding.GRANT, funding_name='ABG',
           tenure=Tenure.FIXED_TERM)
    b.post('R1', 'SC', '50000')

    ff = Reorg.Post.new('T')
    ff.set_title('Families First Worker')
    ff.set_salary(gbp('26000'))
    ff.set_status(Status.VACANT)
    bs = Reorg.Post.new('T')
    bs.set_salary(gbp('19000'))
    bs.set_status(Status.VACANT)
    jan, apr = date(2011, 1, 1), date(2011, 4, 1)
    changes = [
        C.new_disestablish_unit_posts(jan, 'FISS', 'Family Support Worker'),
        C.new_establish_posts(jan, ff, 'FF', Reorg.Fte.from_decimal('18.5'), 'FF'),
        C.new_disestablish_unit_posts(apr, 'ADMIN', None),
        C.new_establish_posts(apr, bs, 'BSU', Reorg.Fte.from_decimal('112'), 'BS'),
        C.new_disestablish_post(date(2011, 7, 15), 'G1'),
        C.new_set_salary(date(2011, 7, 15), 'R1', gbp('45000')),
    ]
    # Only the FISS posts with the title go: give them all that title but G1.
    for p in b.s.lookup_unit('FISS').get_posts():
        if p.get_reference() != 'G1':
            p.set_title('Family Support Worker')
    for c in changes[:2]:
        c.set_label('FISS to Families First')
    for c in changes[2:4]:
        c.set_label('Admin to Business Support')
    return b, proposal(*changes)


def test_groupings_add_up_to_the_total():
    b, p = manchester_like()
    sv = savings(p, b.s, 2010, 3)
    # The full-year effect, from the base's costs summed here.
    fiss_out = sum(pence(x.get_annual_cost()) for x in b.s.lookup_unit('FISS').get_posts()
                   if x.get_reference() != 'G1')
    admin_out = sum(pence(x.get_annual_cost()) for x in b.s.lookup_unit('ADMIN').get_posts())
    fiss_in = 18 * 2600000 + 1300000
    admin_in = 112 * 1900000
    full = fiss_out - fiss_in + admin_out - admin_in + 3000000 + 500000
    assert pence(sv.get_full_year_total()) == full
    years = [(to_date(y.get_first_day()), to_date(y.get_last_day()))
             for y in sv.get_years()]

    for grouping in (Grouping.NONE, Grouping.UNIT, Grouping.SERVICE,
                     Grouping.GROUP, Grouping.FUNDING):
        lines = sv.get_lines(grouping)
        assert len(lines) > 0
        assert sum(pence(x.get_full_year_effect()) for x in lines) == full
        assert sum(x.get_fte_change().units for x in lines) == \
            (-380000 + 185000 - 1740000 + 1120000 - 10000)
        assert sum(x.get_posts_change() for x in lines) == -38 + 19 - 174 + 112 - 1
        for i in range(3):
            assert sum(pence(x.get_amount(i)) for x in lines) == pence(sv.get_total(i))
        for x in lines:
            assert x.get_n_years() == 3
        keys = [x.get_key() for x in lines]
        if grouping == Grouping.NONE:
            assert keys == [str(i) for i in range(6)]
        else:
            assert keys == sorted(keys, key=lambda k: k.encode('utf-8'))

    groups = lines_by_key(sv, Grouping.GROUP)
    assert sorted(groups) == ['(none)', 'Admin to Business Support', 'FISS to Families First']
    fiss = groups['FISS to Families First']
    admin = groups['Admin to Business Support']
    # 38 out and 18.5 in: 19.5 net; 174 out and 112 in, 62 net.
    assert fiss.get_fte_change() == Reorg.Fte.from_decimal('-19.5')
    assert fiss.get_posts_change() == -38 + 19
    assert admin.get_fte_change() == Reorg.Fte.from_decimal('-62')
    assert admin.get_posts_change() == -62
    assert pence(fiss.get_full_year_effect()) == fiss_out - fiss_in
    assert pence(admin.get_full_year_effect()) == admin_out - admin_in
    # 2010/11: the FISS changes from 1 January 2011 (90 of 365 days), each
    # post rounded on its own; admin from 1 April 2011 saves nothing yet.
    per_post = [pence(x.get_annual_cost()) for x in b.s.lookup_unit('FISS').get_posts()
                if x.get_reference() != 'G1'] + [-2600000] * 18 + [-1300000]
    jan = datetime.date(2011, 1, 1)
    assert pence(fiss.get_amount(0)) == sum(part_year(c, jan, *years[0]) for c in per_post)
    assert amounts(admin) == [0, admin_out - admin_in, admin_out - admin_in]

    changes = sv.get_lines(Grouping.NONE)
    assert changes[0].get_label() == p.get_change(0).describe()
    assert changes[5].get_label() == p.get_change(5).describe()

    # Per service and per unit: the sums of the per-change lines, each
    # change here touching one unit of one service.
    unit_of_change = ['FISS', 'FF', 'ADMIN', 'BSU', 'FISS', 'SC']
    service_of_change = ['SC', 'SC', 'CORE', 'CORE', 'SC', 'SC']
    for grouping, of in ((Grouping.UNIT, unit_of_change),
                         (Grouping.SERVICE, service_of_change)):
        want = collections.defaultdict(lambda: [0, 0, 0, 0])
        for i, line in enumerate(changes):
            row = want[of[i]]
            row[0] += pence(line.get_full_year_effect())
            for y in range(3):
                row[1 + y] += pence(line.get_amount(y))
        got = {k: [pence(x.get_full_year_effect())] + amounts(x)
               for k, x in lines_by_key(sv, grouping).items()}
        assert got == dict(want)
    services = lines_by_key(sv, Grouping.SERVICE)
    assert services['SC'].get_label() == 'Social Care'
    assert services['CORE'].get_label() == 'Core'
    assert lines_by_key(sv, Grouping.UNIT)['BSU'].get_label() == 'Business Support'


def test_grant_funded_post_saves_the_grant():
    """Two posts of one team deleted on 1 April 2011: one paid from the
    council's own budget (£40,000), one from a grant (£30,000). The grant
    post saves the grant, not the mainstream budget."""
    b = Base()
    b.unit('T', 'Team')
    b.post('M', 'T', '40000')
    b.post('G', 'T', '30000', funding=Funding.GRANT, funding_name='Standards Fund')
    sv = savings(proposal(cut('2011-04-01', 'M'), cut('2011-04-01', 'G')), b.s, 2011, 1)
    lines = sv.get_lines(Grouping.FUNDING)
    assert [x.get_key() for x in lines] == ['grant: Standards Fund', 'mainstream']
    assert amounts(lines[0]) == [3000000]
    assert amounts(lines[1]) == [4000000]
    assert totals(sv) == [7000000]
    # Other groupings do not split them.
    assert [x.get_key() for x in sv.get_lines(Grouping.UNIT)] == ['T']


# ---- one-off costs, net cost and the call on reserves ------------------------

def test_one_off_costs():
    """Harrow 2011: the new model from 1 November 2011 saves £1.3m a year;
    training and change costs of £120k in 2011/12 are met from the part-year
    savings (152 of 366 days: £539,890.71)."""
    b = Base()
    b.post('OLD', 'CS', '1300000')
    sv = savings(proposal(cut('2011-11-01', 'OLD')), b.s, 2011, 2)
    assert totals(sv) == [53989071, 130000000]
    assert part_year(130000000, datetime.date(2011, 11, 1), datetime.date(2011, 4, 1),
                     datetime.date(2012, 3, 31)) == 53989071

    training = Reorg.OneOffCost.new('Training and change management',
                                    Reorg.OneOffCostKind.TRAINING, gbp('120000'),
                                    date(2011, 9, 1))
    assert sv.add_one_off_cost(training)
    assert pence(sv.get_one_off_total(0)) == 12000000
    assert pence(sv.get_one_off_total(1)) == 0
    assert pence(sv.get_net_cost(0)) == 12000000 - 53989071
    assert pence(sv.get_net_cost(1)) == -130000000
    assert pence(sv.get_reserves_call()) == 0

    # A cost outside the years is listed but counts in no year.
    late = Reorg.OneOffCost.new(None, Reorg.OneOffCostKind.OTHER, gbp('120000'),
                                date(2020, 4, 1))
    assert sv.add_one_off_cost(late)
    assert pence(sv.get_one_off_total(0)) == 12000000
    assert pence(sv.get_one_off_total(1)) == 0

    # An invalid date is an error and changes nothing.
    bad = Reorg.OneOffCost.new('bad', Reorg.OneOffCostKind.OTHER, gbp('1'), GLib.Date())
    with reorg_error(Reorg.Error.INVALID):
        sv.add_one_off_cost(bad)

    costs = sv.get_one_off_costs()
    assert [c.get_label() for c in costs] == ['Training and change management', None]
    copy = training.copy()
    assert copy.get_label() == 'Training and change management'
    assert copy.get_kind() == Reorg.OneOffCostKind.TRAINING
    assert copy.get_amount() == gbp('120000')
    assert ymd(copy.get_date()) == (2011, 9, 1)
    assert pence(sv.get_net_cost(0)) == 12000000 - 53989071


def test_net_cost_and_reserves_call():
    """Monmouthshire: posts deleted (£120,000) and created (£206,000) from
    1 April 2017, a net additional cost of £86,000 a year, met from reserves
    for 2017/18."""
    b = Base()
    b.unit('T')
    for i in range(3):
        b.post('D%d' % i, 'T', '40000')
    tpl = Reorg.Post.new('N')
    tpl.set_salary(gbp('41200'))
    apr = date(2017, 4, 1)
    p = proposal(C.new_disestablish_unit_posts(apr, 'T', None),
                 C.new_establish_posts(apr, tpl, 'T', Reorg.Fte.from_decimal(5), 'N'))
    one_year = savings(p, b.s, 2017, 1)
    assert totals(one_year) == [-8600000]
    assert pence(one_year.get_net_cost(0)) == 8600000
    assert pence(one_year.get_reserves_call()) == 8600000
    # A recurring cost calls on reserves in every year computed.
    assert pence(savings(p, b.s, 2017, 2).get_reserves_call()) == 17200000

    # Savings from 1 October 2011 with a severance cost of £50,000 in
    # 2012/13: only the years with a positive net cost count.
    b = Base()
    b.post('P', 'CS', '36600')
    mixed = savings(proposal(cut('2011-10-01', 'P')), b.s, 2011, 3)
    mixed.add_one_off_cost(Reorg.OneOffCost.new(
        'Severance', Reorg.OneOffCostKind.REDUNDANCY, gbp('50000'), date(2012, 6, 1)))
    assert totals(mixed) == [1830000, 3660000, 3660000]
    assert [pence(mixed.get_net_cost(i)) for i in range(3)] == \
        [-1830000, 5000000 - 3660000, -3660000]
    assert pence(mixed.get_reserves_call()) == 1340000


# ---- redundancy ----------------------------------------------------------------

def test_redundancy_per_fte_on_filled_posts_only():
    """Harrow 2011: about 12 FTE at £300k, £25,000 per FTE. 10 full-time and
    4 half-time filled posts are 12 FTE; the vacant and frozen posts make no
    redundancy, nor does a filled post only regraded."""
    b = Base()
    b.unit('T')
    for i in range(10):
        b.post('F%d' % i, 'T', '30000')
    for i in range(4):
        b.post('H%d' % i, 'T', '30000', fte='0.5')
    b.post('V', 'T', '30000', Status.VACANT)
    b.post('Z', 'T', '30000', Status.FROZEN)
    b.post('R', 'T', '30000')
    b.post('L', 'T', '30000')
    nov = date(2011, 11, 1)
    changes = [cut('2011-11-01', r) for r in
               ['F%d' % i for i in range(10)] + ['H%d' % i for i in range(4)] + ['V', 'Z']]
    changes.append(C.new_regrade(nov, 'R', 'G2', gbp('27000')))
    # One more filled post a year later: a second cost, in 2012/13.
    changes.append(cut('2012-05-01', 'L'))
    sv = savings(proposal(*changes), b.s, 2011, 2)

    total = sv.estimate_redundancy_per_fte(gbp('25000'), 10000)
    assert total == gbp('325000')
    assert pence(sv.get_one_off_total(0)) == 30000000          # £300k
    assert pence(sv.get_one_off_total(1)) == 2500000
    costs = sv.get_one_off_costs()
    assert len(costs) == 2
    assert costs[0].get_kind() == Reorg.OneOffCostKind.REDUNDANCY
    assert ymd(costs[0].get_date()) == (2011, 11, 1)
    assert costs[0].get_label() == 'Redundancy: 12 FTE at £25,000 per FTE'
    assert ymd(costs[1].get_date()) == (2012, 5, 1)

    # A discretionary multiplier of 1.5: a further £450k + £37.5k.
    again = sv.estimate_redundancy_per_fte(gbp('25000'), 15000)
    assert again == gbp('487500')
    assert pence(sv.get_one_off_total(0)) == 30000000 + 45000000
    costs = sv.get_one_off_costs()
    assert len(costs) == 4
    assert costs[2].get_label() == 'Redundancy: 12 FTE at £25,000 per FTE × 1.5'

    # A negative rate is invalid; an overflow adds nothing.
    with reorg_error(Reorg.Error.INVALID):
        sv.estimate_redundancy_per_fte(Reorg.Money.new(-1), 10000)
    with reorg_error(Reorg.Error.OVERFLOW):
        sv.estimate_redundancy_per_fte(Reorg.Money.new((1 << 63) - 1), 10000)
    assert pence(sv.get_one_off_total(0)) == 75000000
    assert len(sv.get_one_off_costs()) == 4


def python_half_weeks(age, years):
    """Statutory redundancy weeks in half weeks, counted here: nothing under
    2 years; otherwise the last 20 years at most, counting back from the
    dismissal, each worth 1 half week under 22, 2 from 22 to 40 and 3 from
    41."""
    if years < 2:
        return 0
    total = 0
    for k in range(min(years, 20)):
        age_in_year = age - 1 - k
        total += 1 if age_in_year < 22 else 2 if age_in_year <= 40 else 3
    return total


def test_statutory_redundancy_worked_by_hand():
    """Aged 45 with 10 years' service, paid £800 a week, dismissed on 1 May
    2024. Counting back: the years at ages 44, 43, 42 and 41 are worth one
    and a half weeks each (6 weeks), those at 40, 39, 38, 37, 36 and 35 one
    week each (6 weeks): 12 weeks, 24 half weeks. The week's pay is capped
    at £700 for dismissals from 6 April 2024, so the pay is 12 x £700 =
    £8,400. Dismissed on 5 April 2024 the cap is £643: 12 x £643 = £7,716."""
    weeks = 4 * Decimal('1.5') + 6 * 1
    assert weeks == 12
    assert Reorg.redundancy_statutory_half_weeks(45, 10) == 24
    assert Reorg.redundancy_weekly_pay_cap(date(2024, 5, 1)) == gbp('700')
    pay = Reorg.redundancy_statutory_pay(45, 10, gbp('800'), date(2024, 5, 1))
    assert pay == gbp(weeks * 700) == gbp('8400')
    assert Reorg.redundancy_statutory_pay(45, 10, gbp('800'), date(2024, 4, 5)) == \
        gbp(weeks * 643) == gbp('7716')
    # Under the cap, the actual pay: 12 x £500.
    assert Reorg.redundancy_statutory_pay(45, 10, gbp('500'), date(2024, 5, 1)) == gbp('6000')
    # Under 2 years of service: nothing.
    assert Reorg.redundancy_statutory_pay(30, 1, gbp('800'), date(2024, 5, 1)) == gbp('0')
    # 25 years count as the last 20: aged 60, ages 59 to 41 (19 years at
    # 1.5 weeks, 28.5) and 40 (1 week): 29.5 weeks at £500 = £14,750.
    assert Reorg.redundancy_statutory_pay(60, 25, gbp('500'), date(2024, 5, 1)) == \
        gbp('14750')
    # Aged 21 with 3 years: half a week each, 1.5 weeks at £300 = £450; of
    # £333.33 it is 49,999.5p, rounded half away from zero to 50,000p.
    assert Reorg.redundancy_statutory_pay(21, 3, gbp('300'), date(2024, 5, 1)) == gbp('450')
    assert Reorg.redundancy_statutory_pay(21, 3, gbp('333.33'), date(2024, 5, 1)) == \
        gbp('500')


def test_statutory_half_weeks_against_python():
    for age in range(16, 71):
        for years in range(0, min(age, 50) + 1):
            assert Reorg.redundancy_statutory_half_weeks(age, years) == \
                python_half_weeks(age, years), (age, years)
    assert Reorg.redundancy_statutory_half_weeks(64, 40) == 60   # the most: 30 weeks


@pytest.mark.parametrize('d, m, y, pounds', [
    (1, 10, 2009, 380), (31, 1, 2011, 380), (1, 2, 2011, 400), (31, 1, 2012, 400),
    (1, 2, 2012, 430), (1, 2, 2013, 450), (5, 4, 2014, 450), (6, 4, 2014, 464),
    (6, 4, 2015, 475), (6, 4, 2016, 479), (6, 4, 2017, 489), (6, 4, 2018, 508),
    (6, 4, 2019, 525), (6, 4, 2020, 538), (6, 4, 2021, 544), (6, 4, 2022, 571),
    (5, 4, 2023, 571), (6, 4, 2023, 643), (5, 4, 2024, 643), (6, 4, 2024, 700),
    (5, 4, 2025, 700), (6, 4, 2025, 719), (1, 1, 2030, 719),
])
def test_weekly_pay_cap_by_date(d, m, y, pounds):
    assert Reorg.redundancy_weekly_pay_cap(date(y, m, d)) == gbp(pounds)


def test_redundancy_errors():
    with reorg_error(Reorg.Error.INVALID):
        Reorg.redundancy_weekly_pay_cap(date(2009, 9, 30))       # before the table
    with reorg_error(Reorg.Error.INVALID):
        Reorg.redundancy_weekly_pay_cap(GLib.Date())
    with reorg_error(Reorg.Error.INVALID):
        Reorg.redundancy_statutory_half_weeks(20, 21)           # service > age
    with reorg_error(Reorg.Error.INVALID):
        Reorg.redundancy_statutory_pay(45, 10, Reorg.Money.new(-1), date(2024, 5, 1))
    with reorg_error(Reorg.Error.INVALID):
        Reorg.redundancy_statutory_pay(45, 10, gbp('800'), date(2009, 1, 1))
    with reorg_error(Reorg.Error.INVALID):
        Reorg.redundancy_statutory_pay(45, 10, gbp('300'), GLib.Date())
    with reorg_error(Reorg.Error.INVALID):
        Reorg.redundancy_local_government_pay(45, 10, gbp('800'), 9999)
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.redundancy_local_government_pay(45, 10, Reorg.Money.new(((1 << 63) - 1) // 10),
                                              10000)
    with reorg_error(Reorg.Error.INVALID):
        Reorg.redundancy_local_government_pay(10, 11, gbp('800'), 10000)


def test_local_government_redundancy():
    pay = Reorg.redundancy_local_government_pay
    assert pay(45, 10, gbp('800'), 10000) == gbp('9600')     # 12 weeks, no cap
    assert pay(45, 10, gbp('800'), 20000) == gbp('19200')    # 24 weeks
    assert pay(45, 10, gbp('800'), 100000) == gbp(104 * 800)  # at most 104 weeks
    assert pay(64, 40, gbp('800'), 0xFFFFFFFF) == gbp(104 * 800)
    assert pay(21, 3, gbp('800'), 12500) == gbp('1500')      # 1.875 weeks


# ---- the workforce impact table ----------------------------------------------

def test_workforce_impact():
    """Education: 2015/16 removes 3 filled permanent, 1.5 vacant temporary
    and 0.5 frozen fixed-term FTE and adds 2; 2016/17 removes 1 filled
    secondment. Core: 2015/16 removes 2 filled temporary. A move changes no
    FTE."""
    b = Base()
    b.unit('EDU', 'Education')
    b.unit('EDU-T', 'Education team', 'EDU')
    b.unit('CORE', 'Core')
    for i in range(3):
        b.post('E1-%d' % i, 'EDU-T', '30000')
    b.post('E2', 'EDU-T', '30000', Status.VACANT, fte='1.5', tenure=Tenure.TEMPORARY)
    b.post('E3', 'EDU', '20000', Status.FROZEN, fte='0.5', tenure=Tenure.FIXED_TERM)
    b.post('E5', 'EDU', '30000', tenure=Tenure.SECONDMENT)
    b.post('C1', 'CORE', '25000', tenure=Tenure.TEMPORARY)
    b.post('C1b', 'CORE', '25000', tenure=Tenure.TEMPORARY)
    b.post('C2', 'CORE', '25000')
    tpl = Reorg.Post.new('T')
    tpl.set_salary(gbp('30000'))
    tpl.set_status(Status.VACANT)
    changes = [cut('2015-06-01', 'E1-%d' % i) for i in range(3)] + [
        cut('2016-03-31', 'E2'),
        cut('2015-04-01', 'E3'),
        C.new_establish_posts(date(2015, 9, 1), tpl, 'EDU-T', Reorg.Fte.from_decimal(2), 'E4'),
        cut('2016-04-01', 'E5'),
        cut('2015-05-01', 'C1'),
        cut('2015-05-01', 'C1b'),
        C.new_move_post(date(2015, 5, 1), 'C2', 'CS'),
    ]
    # The money covers 2015/16 only; the workforce table has every year.
    sv = savings(proposal(*changes), b.s, 2015, 1)
    rows = sv.get_workforce_impact()

    def row_tuple(r):
        return (r.get_service(), str(r.get_year()),
                str(r.get_removed()), str(r.get_removed_filled()),
                str(r.get_removed_vacant()), str(r.get_removed_permanent()),
                str(r.get_removed_temporary()), str(r.get_added()),
                str(r.get_net_reduction()))

    assert [row_tuple(r) for r in rows] == [
        ('CORE', '2015/16', '2', '2', '0', '0', '2', '0', '2'),
        ('EDU', '2015/16', '5', '3', '2', '3', '2', '2', '3'),
        ('EDU', '2016/17', '1', '1', '0', '0', '1', '0', '1'),
    ]
    assert rows[1].get_year().get_start_year() == 2015
    assert rows[1].get_year().get_start_month() == APRIL
    for r in rows:
        assert r.get_removed() == r.get_removed_filled() + r.get_removed_vacant()
        assert r.get_removed() == r.get_removed_permanent() + r.get_removed_temporary()
        assert r.get_net_reduction() == r.get_removed() - r.get_added()
    copy = rows[2].copy()
    assert copy.get_service() == 'EDU'
    assert copy.get_removed_filled() == Reorg.Fte.from_decimal(1)


def test_workforce_impact_against_python_sums():
    """A random proposal over three services and three years; each row
    against sums made here from the base's posts."""
    rng = random.Random(2015)
    b = Base()
    services = ['EDU', 'SC', 'CORE']
    for s in services:
        b.unit(s)
    info = {}
    changes = []
    start = datetime.date(2015, 4, 1)
    for i in range(300):
        ref = 'P%03d' % i
        service = rng.choice(services)
        status = rng.choice([Status.FILLED, Status.FILLED, Status.VACANT, Status.FROZEN])
        tenure = rng.choice([Tenure.PERMANENT, Tenure.PERMANENT, Tenure.TEMPORARY,
                             Tenure.FIXED_TERM, Tenure.SECONDMENT])
        fte = rng.choice(['1', '0.5', '0.6', '0.8108'])
        b.post(ref, service, '30000', status, fte=fte, tenure=tenure)
        if rng.randrange(3):
            day = start + datetime.timedelta(days=rng.randrange(3 * 365))
            changes.append(cut(day.isoformat(), ref))
            info[ref] = (service, day, status, tenure, Reorg.Fte.from_decimal(fte).units)
    sv = savings(proposal(*changes), b.s, 2015, 1)

    def fy(day):
        return day.year if day.month >= 4 else day.year - 1

    want = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
    for service, day, status, tenure, units in info.values():
        row = want[(service, fy(day))]
        row[0] += units
        row[1 if status == Status.FILLED else 2] += units
        row[3 if tenure == Tenure.PERMANENT else 4] += units
    got = {}
    for r in sv.get_workforce_impact():
        key = (r.get_service(), r.get_year().get_start_year())
        assert key not in got
        got[key] = [r.get_removed().units, r.get_removed_filled().units,
                    r.get_removed_vacant().units, r.get_removed_permanent().units,
                    r.get_removed_temporary().units]
        assert r.get_added().units == 0
        assert r.get_net_reduction() == r.get_removed()
    assert got == dict(want)
    assert list(got) == sorted(got, key=lambda k: (k[0].encode(), k[1]))


# ---- the consultation check ----------------------------------------------------

def consultation_base(n=130, services=('CS',)):
    b = Base()
    for s in services:
        if s != 'CS':
            b.unit(s)
        for i in range(n):
            b.post('%s-%03d' % (s, i), s, '20000')
    return b


def cuts_on(day, n, service='CS', offset=0):
    return [cut(day.isoformat(), '%s-%03d' % (service, offset + i)) for i in range(n)]


def check_one(b, changes, scope=Scope.ESTABLISHMENT):
    sv = savings(proposal(*changes), b.s, 2015, 1)
    results = sv.check_consultation(scope)
    assert len(results) == 1
    return results[0]


DAY0 = datetime.date(2015, 6, 1)


def test_consultation_19_is_no_duty():
    b = consultation_base()
    for i in range(5):
        b.post('V%d' % i, 'CS', '20000', Status.VACANT)
    c = check_one(b, cuts_on(DAY0, 19) + [cut('2015-06-01', 'V%d' % i) for i in range(5)])
    assert c.get_establishment() == 'CS'
    assert c.get_potential_redundancies() == 19     # vacant posts make none
    assert c.get_largest_in_window() == 19
    assert c.get_duty() == Duty.NONE
    assert c.get_days() == 0
    assert not c.get_hr1_required()
    assert c.get_latest_start() is None
    assert ymd(c.get_window_first()) == (2015, 6, 1)


def test_consultation_20_within_90_days():
    # 10 on day 0 and 10 on day 89: 30 days and HR1.
    b = consultation_base()
    day89 = DAY0 + datetime.timedelta(days=89)
    c = check_one(b, cuts_on(day89, 10) + cuts_on(DAY0, 10, offset=10))
    assert c.get_largest_in_window() == 20
    assert c.get_duty() == Duty.THIRTY_DAYS
    assert c.get_days() == 30
    assert c.get_hr1_required()
    assert to_date(c.get_window_first()) == DAY0
    assert to_date(c.get_window_last()) == day89
    # 1 June 2015 less 30 days.
    assert to_date(c.get_latest_start()) == datetime.date(2015, 5, 2)


def test_consultation_20_over_91_days():
    # 10 on day 0 and 10 on day 90: no duty.
    b = consultation_base()
    c = check_one(b, cuts_on(DAY0, 10) +
                  cuts_on(DAY0 + datetime.timedelta(days=90), 10, offset=10))
    assert c.get_potential_redundancies() == 20
    assert c.get_largest_in_window() == 10
    assert c.get_duty() == Duty.NONE
    assert not c.get_hr1_required()


def test_consultation_99_and_100():
    b = consultation_base()
    c99 = check_one(b, cuts_on(DAY0, 99))
    assert c99.get_duty() == Duty.THIRTY_DAYS
    assert c99.get_days() == 30
    c100 = check_one(b, cuts_on(DAY0, 100))
    assert c100.get_largest_in_window() == 100
    assert c100.get_duty() == Duty.FORTY_FIVE_DAYS
    assert c100.get_days() == 45
    assert c100.get_hr1_required()
    assert to_date(c100.get_latest_start()) == DAY0 - datetime.timedelta(days=45)


def test_consultation_establishments():
    """Two services with 15 each: no duty at either, but 30 in the whole
    organisation. A third service has only a vacant post."""
    b = consultation_base(40, ('SC', 'EDU'))
    b.unit('ADMIN')
    b.post('V', 'ADMIN', '20000', Status.VACANT)
    day80 = DAY0 + datetime.timedelta(days=80)
    changes = cuts_on(DAY0, 15, 'SC') + cuts_on(day80, 15, 'EDU') + \
        [cut('2015-06-01', 'V')]
    sv = savings(proposal(*changes), b.s, 2015, 1)
    by_service = sv.check_consultation(Scope.ESTABLISHMENT)
    assert [(c.get_establishment(), c.get_duty()) for c in by_service] == \
        [('EDU', Duty.NONE), ('SC', Duty.NONE)]
    whole = sv.check_consultation(Scope.ORGANISATION)
    assert len(whole) == 1
    assert whole[0].get_establishment() is None
    assert whole[0].get_largest_in_window() == 30
    assert whole[0].get_duty() == Duty.THIRTY_DAYS

    # Two windows of 38 (day 0 to 80: 15 + 23; day 80 to 160: 23 + 15):
    # the earliest is reported.
    changes += cuts_on(day80, 8, 'SC', offset=15) + \
        cuts_on(DAY0 + datetime.timedelta(days=160), 15, 'EDU', offset=15)
    sv = savings(proposal(*changes), b.s, 2015, 1)
    c = sv.check_consultation(Scope.ORGANISATION)[0]
    assert c.get_potential_redundancies() == 53
    assert c.get_largest_in_window() == 38
    assert to_date(c.get_window_first()) == DAY0
    assert to_date(c.get_window_last()) == day80


def test_consultation_against_python_brute_force():
    rng = random.Random(20110714)
    b = consultation_base(60)
    for _ in range(30):
        n = rng.randrange(0, 60)
        offsets = [rng.randrange(365) for _ in range(n)]
        changes = [cut((datetime.date(2015, 4, 1) + datetime.timedelta(days=o)).isoformat(),
                       'CS-%03d' % i) for i, o in enumerate(offsets)]
        if not changes:
            continue   # a proposal without changes has no year to compute
        best = max(sum(1 for o in offsets if 0 <= o - first < 90) for first in offsets)
        c = check_one(b, changes, Scope.ORGANISATION)
        assert c.get_potential_redundancies() == n
        assert c.get_largest_in_window() == best
        assert (to_date(c.get_window_last()) - to_date(c.get_window_first())).days < 90
        duty = Duty.NONE if best < 20 else Duty.THIRTY_DAYS if best < 100 \
            else Duty.FORTY_FIVE_DAYS
        assert c.get_duty() == duty


# ---- a whole proposal costed (tests/test-savings.c, from-proposal) -------------

def proposal_base():
    """CS -> SC (Social Care) -> FISS, FF; CS -> CORE -> ADMIN."""
    b = Base()
    b.unit('SC', 'Social Care')
    b.unit('FISS', 'Family Intervention', 'SC')
    b.unit('CORE', 'Core')
    b.unit('ADMIN', 'Administration', 'CORE')
    b.unit('FF', 'Families First', 'SC')
    b.post('F1', 'FISS', '36500')
    b.post('F4', 'FISS', '36500', Status.VACANT)
    b.post('A1', 'ADMIN', '30000', funding=Funding.GRANT, funding_name='ABG')
    b.post('A2', 'ADMIN', '40000')
    return b


def proposal_changes():
    oct_, jan, apr = date(2010, 10, 1), date(2011, 1, 1), date(2011, 4, 1)
    tpl = Reorg.Post.new('FF-1')
    tpl.set_salary(gbp('30000'))
    tpl.set_status(Status.VACANT)
    changes = [C.new_disestablish_post(oct_, 'F1'),
               C.new_disestablish_post(oct_, 'F4'),
               C.new_establish_post(jan, tpl, 'FF', None),
               C.new_disestablish_post(apr, 'A1'),
               C.new_regrade(oct_, 'A2', 'G4', gbp('30000'))]
    changes[4].set_pay_protection_until(date(2011, 10, 1))
    for i, c in enumerate(changes):
        c.set_label('FISS to Families First' if i < 3 else 'Admin')
    return proposal(*changes)


def test_a_proposal_costed_end_to_end():
    b = proposal_base()
    pristine = b.s.copy()
    p = proposal_changes()
    sv = savings(p, b.s, 2010, 3)
    assert b.s.equal(pristine)

    # 2010/11: F1 and F4 from 1 October (182/365 of £36,500 each), less the
    # new £30,000 post from 1 January (90/365: £7,397.26); the regrade's
    # money waits for its pay protection to end on 1 October 2011.
    assert totals(sv) == [2 * 1820000 - 739726,
                          2 * 3650000 - 3000000 + 3000000 + 500000,
                          2 * 3650000 + 1000000]
    assert pence(sv.get_full_year_total()) == 8300000

    funding = lines_by_key(sv, Grouping.FUNDING)
    assert sorted(funding) == ['grant: ABG', 'mainstream']
    assert funding['grant: ABG'].get_full_year_effect() == gbp('30000')
    assert funding['mainstream'].get_full_year_effect() == gbp('53000')

    groups = lines_by_key(sv, Grouping.GROUP)
    assert sorted(groups) == ['Admin', 'FISS to Families First']
    assert groups['Admin'].get_full_year_effect() == gbp('40000')
    assert groups['FISS to Families First'].get_full_year_effect() == gbp('43000')
    assert groups['FISS to Families First'].get_fte_change() == Reorg.Fte.from_decimal(-1)

    services = sv.get_lines(Grouping.SERVICE)
    assert [(x.get_key(), x.get_label()) for x in services] == \
        [('CORE', 'Core'), ('SC', 'Social Care')]

    changes = sv.get_lines(Grouping.NONE)
    assert len(changes) == 5
    assert 'F1' in changes[0].get_label()
    assert 'A1' in changes[3].get_label()

    # Filled posts only: F1 (2010/11) and A1 (2011/12), not the vacant F4.
    assert sv.estimate_redundancy_per_fte(gbp('25000'), 10000) == gbp('50000')
    assert [pence(sv.get_one_off_total(i)) for i in range(3)] == [2500000, 2500000, 0]
    assert pence(sv.get_net_cost(0)) == 2500000 - (2 * 1820000 - 739726)

    rows = sv.get_workforce_impact()
    assert [r.get_service() for r in rows] == ['CORE', 'SC']
    assert rows[0].get_removed_filled() == Reorg.Fte.from_decimal(1)
    assert rows[1].get_removed_vacant() == Reorg.Fte.from_decimal(1)
    assert rows[1].get_added() == Reorg.Fte.from_decimal(1)
    assert rows[1].get_net_reduction() == Reorg.Fte.from_decimal(1)

    c = sv.check_consultation(Scope.ORGANISATION)
    assert c[0].get_potential_redundancies() == 2

    # Without a first year: the year of the earliest change, 2010/11.
    derived = savings(p, b.s, None, 1)
    assert derived.get_year(0).get_start_year() == 2010
    assert totals(derived) == [2 * 1820000 - 739726]


# ---- errors --------------------------------------------------------------------

def test_a_failing_proposal_is_an_error_and_changes_nothing():
    b = proposal_base()
    pristine = b.s.copy()
    p = proposal_changes()
    p.add_change(cut('2010-10-01', 'NOPE'))
    with reorg_error(Reorg.Error.NOT_FOUND) as info:
        savings(p, b.s, None, 2)
    assert "'NOPE'" in info.value.message
    assert b.s.equal(pristine)


def test_bad_arguments_are_errors():
    b = proposal_base()
    p = proposal_changes()
    with reorg_error(Reorg.Error.INVALID):
        savings(p, b.s, 2010, 0)
    with reorg_error(Reorg.Error.INVALID):
        savings(p, b.s, 2010, 101)
    # The first year's start month must agree with the years'.
    with reorg_error(Reorg.Error.INVALID):
        Reorg.Savings.new(p, b.s, GLib.DateMonth.JANUARY, year(2010, APRIL), 2)
    # No first year and no change to take it from.
    with reorg_error(Reorg.Error.INVALID):
        savings(Reorg.Proposal.new('empty'), b.s, None, 1)
    # Years beyond 9998.
    with reorg_error(Reorg.Error.INVALID):
        savings(p, b.s, 9998, 2)
    # With a first year, an empty proposal saves nothing.
    empty = savings(Reorg.Proposal.new('empty'), b.s, 2015, 3)
    assert totals(empty) == [0, 0, 0]
    assert len(empty.get_lines(Grouping.UNIT)) == 0
    assert len(empty.get_workforce_impact()) == 0
    assert len(empty.check_consultation(Scope.ESTABLISHMENT)) == 0
    whole = empty.check_consultation(Scope.ORGANISATION)
    assert len(whole) == 1 and whole[0].get_window_first() is None
    assert empty.estimate_redundancy_per_fte(gbp('25000'), 10000) == gbp('0')
    assert pence(empty.get_reserves_call()) == 0


def test_overflow_is_an_error():
    # Two posts whose savings do not add up in 64-bit pence.
    b = Base()
    huge = Reorg.Money.new((1 << 62) + 1)
    b.post('A', 'CS', huge)
    b.post('B', 'CS', huge)
    with reorg_error(Reorg.Error.OVERFLOW):
        savings(proposal(cut('2015-04-01', 'A'), cut('2015-04-01', 'B')), b.s, 2015, 1)

    # A one-off cost whose net cost would overflow is not added.
    b = Base()
    b.post('P', 'CS', '100')
    sv = savings(proposal(cut('2015-04-01', 'P')), b.s, 2015, 2)
    big = Reorg.OneOffCost.new('big', Reorg.OneOffCostKind.OTHER,
                               Reorg.Money.new((1 << 63) - 1), date(2015, 6, 1))
    sv.add_one_off_cost(Reorg.OneOffCost.new('small', Reorg.OneOffCostKind.OTHER,
                                             gbp('1'), date(2015, 6, 1)))
    with reorg_error(Reorg.Error.OVERFLOW):
        sv.add_one_off_cost(big)
    assert pence(sv.get_one_off_total(0)) == 100
    assert len(sv.get_one_off_costs()) == 1


# ---- the Python override --------------------------------------------------------

def test_override_amounts_totals_and_repr():
    b = Base()
    b.post('P', 'CS', '36500')
    sv = savings(proposal(cut('2010-10-01', 'P', 'Phase 1 cuts')), b.s, 2010, 2)
    assert [str(y) for y in sv.years] == ['2010/11', '2011/12']
    assert sv.totals == [gbp('18200'), gbp('36500')]
    assert [m.to_decimal() for m in sv.totals] == [Decimal('18200.00'), Decimal('36500.00')]
    line = sv.get_lines(Grouping.GROUP)[0]
    assert line.amounts == [gbp('18200'), gbp('36500')]
    assert sum(line.amounts) == gbp('54700')
    assert repr(line) == ("<Reorg.SavingsLine 'Phase 1 cuts' full-year=£36,500.00 "
                          "years=[£18,200.00, £36,500.00]>")
