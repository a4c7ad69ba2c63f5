# test_monmouthshire.py: the bundled Monmouthshire 2017 plan (made by
# examples/data/make-monmouthshire.py): the net additional cost of £86,000
# and the one-off call on reserves in 2017/18 come out of the computation,
# from the library and from `reorg report`; and a proposal's one-off costs
# in the plan and the report.
#
# Run by meson's python suite, which sets REORG_SOURCE_ROOT, REORG_BUILD_ROOT,
# GI_TYPELIB_PATH, LD_LIBRARY_PATH and PYTHONPATH (see tests/meson.build).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import re
import subprocess
import sys

import gi
gi.require_version('Reorg', '1')
from gi.repository import GLib, Reorg  # noqa: E402

from reorgtest import date  # noqa: E402

SOURCE_ROOT = os.environ.get(
    'REORG_SOURCE_ROOT',
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BUILD_ROOT = os.environ.get('REORG_BUILD_ROOT', os.path.join(SOURCE_ROOT, 'build'))
REORG = os.path.join(BUILD_ROOT, 'examples', 'reorg')
DATA = os.path.join(SOURCE_ROOT, 'examples', 'data')
PLAN = os.path.join(DATA, 'monmouthshire.json')
APRIL = GLib.DateMonth.APRIL
TEMPORARY = ['INT-SW%d' % i for i in range(1, 5)]


def run(*args):
    return subprocess.run(list(args), capture_output=True, text=True,
                          encoding='utf-8', timeout=120)


def load():
    plan = Reorg.Plan.new_from_file(PLAN)
    return plan, plan.lookup_proposal('Re-design')


def savings(plan, proposal, first, n):
    return Reorg.Savings.new(proposal, plan.get_structure(), APRIL,
                             Reorg.FinancialYear.new(first, APRIL), n)


def test_generator_writes_the_bundled_plan(tmp_path):
    out = tmp_path / 'monmouthshire.json'
    done = run(sys.executable, os.path.join(DATA, 'make-monmouthshire.py'), str(out))
    assert done.returncode == 0, done.stderr
    with open(PLAN, encoding='utf-8') as f:
        assert out.read_text(encoding='utf-8') == f.read()


def test_the_proposal_applies():
    plan, proposal = load()
    base = plan.get_structure()
    assert list(proposal.validate(base)) == []
    after = proposal.apply(base, None)
    # Recommendation 2.4: four social worker posts from temporary to permanent.
    for ref in TEMPORARY:
        assert base.lookup_post(ref).get_tenure() == Reorg.Tenure.TEMPORARY
        assert after.lookup_post(ref).get_tenure() == Reorg.Tenure.PERMANENT
    # The new teams (3.8, 3.12, 3.13) replace the old.
    assert after.lookup_unit('WB-EH').get_name() == 'Early Help Team'
    assert after.lookup_unit('MC-CAS').get_name() == 'Care and Support Team'
    assert after.lookup_unit('MC-LT').get_name() == 'Supporting Children and Young People Team'
    for gone in ('WB-DUTY', 'WB-TAF', 'WB-INT'):
        assert after.lookup_unit(gone) is None


def test_net_additional_cost_and_reserves_from_the_library():
    """5.1: a net additional resource of £86,000 a year from 1 April 2017;
    reserves meet it once, in 2017/18, and the base budget from 2018/19."""
    plan, proposal = load()
    one_year = savings(plan, proposal, 2017, 1)
    assert one_year.get_total(0).pence == -8600000
    assert one_year.get_full_year_total().pence == -8600000
    assert one_year.get_net_cost(0).pence == 8600000
    assert one_year.get_reserves_call().pence == 8600000
    # The cost recurs: computed over two years it would call on reserves
    # twice, which is why only 2017/18 is the reserves' year.
    two_years = savings(plan, proposal, 2017, 2)
    assert two_years.get_net_cost(1).pence == 8600000
    assert two_years.get_reserves_call().pence == 17200000
    # 2016/17, the year of the report, costs nothing.
    from_report_year = savings(plan, proposal, 2016, 2)
    assert from_report_year.get_net_cost(0).pence == 0
    assert from_report_year.get_reserves_call().pence == 8600000


def test_reserves_from_reorg_report():
    # The plan's date (11 January 2017) makes 2016/17 the first year shown;
    # two years reach 2017/18, the year the reserves fund.
    done = run(REORG, 'report', '--years', '2', PLAN)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert '-- Net cost and the call on reserves --' in out
    rows = dict(re.findall(r'^(\d{4}/\d\d)\s+(£\S+\s+\S+\s+\S+)$', out, re.M))
    assert rows['2016/17'].split() == ['£0', '£0', '£0']
    assert rows['2017/18'].split() == ['£0', '(£86,000)', '£86,000']
    assert re.search(r'^Call on reserves .*: £86,000$', out, re.M)


def test_one_off_costs_in_the_plan_and_the_report(tmp_path):
    plan, proposal = load()
    cost = Reorg.OneOffCost.new('Training and change', Reorg.OneOffCostKind.TRAINING,
                                Reorg.Money.from_decimal('14000'), date(2017, 5, 1))
    proposal.add_one_off_cost(cost)
    costs = proposal.get_one_off_costs()
    assert [c.get_label() for c in costs] == ['Training and change']
    assert proposal.get_n_one_off_costs() == 1

    path = tmp_path / 'with-costs.json'
    assert plan.save_to_file(str(path))
    again = Reorg.Plan.new_from_file(str(path))
    assert again.equal(plan)
    text = path.read_text(encoding='utf-8')
    assert '"one_off_costs"' in text and '"kind" : "training"' in text

    sv = savings(again, again.lookup_proposal('Re-design'), 2017, 1)
    assert sv.get_one_off_total(0).pence == 1400000
    assert sv.get_net_cost(0).pence == 10000000
    assert sv.get_reserves_call().pence == 10000000

    done = run(REORG, 'report', '--years', '2', str(path))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert '-- One-off costs, net cost and the call on reserves --' in out
    assert re.search(r'^Training and change\s+training\s+2017-05-01\s+£14,000$', out, re.M)
    assert re.search(r'^2017/18\s+£14,000\s+\(£86,000\)\s+£100,000$', out, re.M)
    assert re.search(r'^Call on reserves .*: £100,000$', out, re.M)

    proposal.remove_one_off_cost(0)
    assert proposal.get_n_one_off_costs() == 0
