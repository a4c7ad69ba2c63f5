# test_published.py: the bundled plans of the published tables
# (examples/data/harrow-2011.json, manchester-2015.json, birmingham-2011.json)
# are what examples/data/make-published.py makes from the report tables, and
# their published totals come out by computation; the checker finds what
# examples/data/tables/FINDINGS.md lists, and nothing else; the one-off
# costs the Harrow report gives in prose come out of the plan and of
# `reorg report`.
#
# Run by meson's python suite, which sets REORG_SOURCE_ROOT, REORG_BUILD_ROOT,
# GI_TYPELIB_PATH, LD_LIBRARY_PATH and PYTHONPATH (see tests/meson.build).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import re
import subprocess
import sys

import pytest

import gi
gi.require_version('Reorg', '1')
from gi.repository import GLib, Reorg  # noqa: E402

SOURCE_ROOT = os.environ.get(
    'REORG_SOURCE_ROOT',
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
DATA = os.path.join(SOURCE_ROOT, 'examples', 'data')
SCRIPT = os.path.join(DATA, 'make-published.py')
BUILD_ROOT = os.environ.get('REORG_BUILD_ROOT', os.path.join(SOURCE_ROOT, 'build'))
REORG = os.path.join(BUILD_ROOT, 'examples', 'reorg')
PLANS = ['harrow-2011.json', 'manchester-2015.json', 'birmingham-2011.json']

K = 100000               # pence in £1,000
FTE = Reorg.FTE_SCALE
OBJECTIVE = Reorg.BudgetAnalysis.OBJECTIVE
Col = Reorg.BudgetColumn


def load(name):
    return Reorg.Plan.new_from_file(os.path.join(DATA, name))


def findings(plan):
    return sorted((f.get_code(), f.get_table(), f.get_row(), f.get_column()) for f in plan.check())


def test_bundled_plans_are_what_the_script_makes(tmp_path):
    r = subprocess.run([sys.executable, SCRIPT, str(tmp_path)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    for name in PLANS:
        with open(os.path.join(DATA, name), 'rb') as f:
            bundled = f.read()
        with open(tmp_path / name, 'rb') as f:
            made = f.read()
        assert made == bundled, '%s is not what make-published.py makes: run it again' % name


def test_harrow():
    plan = load('harrow-2011.json')
    s = plan.lookup_schedule('Savings')
    assert [s.get_year(i).get_label() for i in range(s.get_n_years())] == \
        ['2011/12', '2012/13', '2013/14']
    # 914 and 345 saved (printed -914 and -345), 1,259 in total
    assert [s.compute_total(i).pence for i in range(3)] == [0, 914 * K, 345 * K]
    assert [s.get_published_total(i).pence for i in range(3)] == [0, 914 * K, 345 * K]
    assert sum(line.compute_total().pence for line in s.get_all_lines()) == 1259 * K
    assert findings(plan) == []


def test_harrow_one_off_costs():
    # Paragraphs 28 and 29 of the report (tables/harrow-2011/facts.md L131,
    # L135): £300k indicative redundancy costs for about 12 FTE, £120k
    # training and change management in 2011/12.
    plan = load('harrow-2011.json')
    proposal = plan.lookup_proposal('Phase 1')
    assert proposal is not None
    assert proposal.get_n_changes() == 0
    costs = list(proposal.get_one_off_costs())
    assert [(c.get_kind(), c.get_amount().pence) for c in costs] == [
        (Reorg.OneOffCostKind.REDUNDANCY, 300000 * 100),
        (Reorg.OneOffCostKind.TRAINING, 120000 * 100)]
    assert '12 FTE' in costs[0].get_label()
    assert sum(c.get_amount().pence for c in costs) == 420000 * 100
    assert plan.get_metadata('assumptions')

    april = GLib.DateMonth.APRIL
    sv = Reorg.Savings.new(proposal, plan.get_structure(), april,
                           Reorg.FinancialYear.new(2011, april), 3)
    # Both fall in 2011/12
    assert [sv.get_one_off_total(i).pence for i in range(3)] == [420000 * 100, 0, 0]
    assert [sv.get_net_cost(i).pence for i in range(3)] == [420000 * 100, 0, 0]


def test_harrow_report_prints_the_one_off_costs():
    r = subprocess.run([REORG, 'report', os.path.join(DATA, 'harrow-2011.json')],
                       capture_output=True, text=True, encoding='utf-8', timeout=120)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert '== Proposal: Phase 1 ==' in out
    assert '-- One-off costs, net cost and the call on reserves --' in out
    assert re.search(r'^Indicative redundancy costs.*12 FTE\)\s+redundancy\s+2011-10-31\s+£300,000$',
                     out, re.M)
    assert re.search(r'^Staff training and change management\s+training\s+2011-10-31\s+£120,000$',
                     out, re.M)
    assert re.search(r'^2011/12\s+£420,000\s+£0\s+£420,000$', out, re.M)


def test_manchester_schedule():
    plan = load('manchester-2015.json')
    s = plan.lookup_schedule('Savings schedule')
    assert [s.compute_total(i).pence for i in range(2)] == [38692 * K, 9383 * K]
    assert [s.get_published_total(i).pence for i in range(2)] == [38692 * K, 9383 * K]
    assert sum(line.compute_total().pence for line in s.get_all_lines()) == 48075 * K

    def walk(section):
        yield section
        for child in section.get_sections():
            yield from walk(child)

    sections = [x for top in s.get_sections() for x in walk(top)]
    assert len(sections) == 14
    for section in sections:
        for i in range(2):
            assert section.compute_subtotal(i).pence == section.get_published_subtotal(i).pence, \
                section.get_name()


def test_manchester_budgets():
    plan = load('manchester-2015.json')
    net = [292361 * K, 272932 * K, 271459 * K]
    for title in ('Budget by service activity', 'Budget reconciliation'):
        b = plan.lookup_budget(title)
        total = b.get_total_row(OBJECTIVE)
        for i in range(3):
            assert b.compute_total(OBJECTIVE, Col.NET, i).pence == net[i]
            assert total.get_amount(Col.NET, i).pence == net[i]
    r = plan.lookup_budget('Budget reconciliation')
    # net(n+1) = net(n) + growth - savings, in total
    for i in (1, 2):
        assert (r.compute_total(OBJECTIVE, Col.NET, i - 1).pence +
                r.compute_total(OBJECTIVE, Col.GROWTH, i).pence -
                r.compute_total(OBJECTIVE, Col.SAVINGS, i).pence) == net[i]
    assert [r.compute_total(OBJECTIVE, Col.SAVINGS, i).pence for i in (1, 2)] == [38692 * K, 9383 * K]
    b = plan.lookup_budget('Budget by service activity')
    assert [b.compute_fte_total(OBJECTIVE, Col.FTE, i).units for i in range(3)] == \
        [2996 * FTE, 2691 * FTE, 2677 * FTE]


def test_manchester_findings():
    # FINDINGS.md 1 (savings per service, reconciliation against schedule)
    # and 2 (workforce reductions against budgeted FTE, year columns).
    rec, bud = 'Budget reconciliation', 'Budget by service activity'
    expected = sorted([
        ('savings-budget-mismatch', rec, 'Looked After Children and Complex Dependency', '2015/16 savings'),
        ('savings-budget-mismatch', rec, "Early Years and Children's Health", '2015/16 savings'),
        ('savings-budget-mismatch', rec, 'Living Longer Living Better (LLLb)', '2015/16 savings'),
        ('savings-budget-mismatch', rec, 'Learning Disability Services', '2015/16 savings'),
        ('savings-budget-mismatch', rec, 'Care Services not included in LLLb', '2015/16 savings'),
        ('savings-budget-mismatch', rec, 'Voluntary and community sector services', '2015/16 savings'),
        ('savings-budget-mismatch', rec, 'Education and Skills', '2015/16 savings'),
        ('savings-budget-mismatch', rec, 'Looked After Children and Complex Dependency', '2016/17 savings'),
        ('savings-budget-mismatch', rec, 'Learning Disability Services', '2016/17 savings'),
        ('savings-budget-mismatch', rec, 'Education and Skills', '2016/17 savings'),
        ('workforce-fte-mismatch', bud, 'Looked After Children and Complex Dependency', '2015/16 reductions'),
        ('workforce-fte-mismatch', bud, "Early Years and Children's Health", '2015/16 reductions'),
        ('workforce-fte-mismatch', bud, 'Education and Skills', '2015/16 reductions'),
        ('workforce-fte-mismatch', bud, 'Total', '2015/16 reductions'),
    ])
    assert findings(load('manchester-2015.json')) == expected


def test_birmingham():
    plan = load('birmingham-2011.json')
    b = plan.lookup_budget('Budget and FTE by service area')
    total = b.get_total_row(OBJECTIVE)
    assert [b.get_year(i).get_label() for i in range(2)] == ['2010/11', '2011/12']
    assert [b.compute_total(OBJECTIVE, Col.NET, i).pence for i in range(2)] == [217609 * K, 204687 * K]
    assert [total.get_amount(Col.NET, i).pence for i in range(2)] == [217609 * K, 204687 * K]
    assert [b.compute_fte_total(OBJECTIVE, Col.FTE, i).units for i in range(2)] == [4045 * FTE, 3292 * FTE]
    assert [total.get_fte(Col.FTE, i).units for i in range(2)] == [4045 * FTE, 3292 * FTE]
    assert findings(plan) == []


@pytest.mark.parametrize('name', PLANS)
def test_plans_load_and_save_the_same(name, tmp_path):
    plan = load(name)
    plan.save_to_file(str(tmp_path / name))
    with open(os.path.join(DATA, name), 'rb') as a, open(tmp_path / name, 'rb') as b:
        assert a.read() == b.read()
