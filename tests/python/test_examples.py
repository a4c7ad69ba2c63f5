# test_examples.py: the example program, the bundled Manchester plan and the
# walkthroughs, checked against figures computed here independently.
#
# Run by meson's python suite, which sets REORG_SOURCE_ROOT, REORG_BUILD_ROOT,
# GI_TYPELIB_PATH, LD_LIBRARY_PATH and PYTHONPATH (see tests/meson.build).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP

import pytest

import gi
gi.require_version('Reorg', '1')
from gi.repository import Reorg  # noqa: E402

SOURCE_ROOT = os.environ.get(
    'REORG_SOURCE_ROOT',
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BUILD_ROOT = os.environ.get('REORG_BUILD_ROOT', os.path.join(SOURCE_ROOT, 'build'))
REORG = os.path.join(BUILD_ROOT, 'examples', 'reorg')
PLAN = os.path.join(SOURCE_ROOT, 'examples', 'data', 'manchester-2010.json')

ROW = re.compile(r'^(?P<label>.*?)\s+(?P<fte>-?[\d,]+\.\d\d)\s+(?P<posts>\d+)\s+'
                 r'(?P<cost>-?£[\d,]+\.\d\d)\s+(?P<vacant>\d+)$')


def run(*args, **kwargs):
    return subprocess.run(list(args), capture_output=True, text=True,
                          encoding='utf-8', timeout=120, **kwargs)


def units_preorder(structure):
    stack = [iter(structure.get_roots())]
    while stack:
        unit = next(stack[-1], None)
        if unit is None:
            stack.pop()
            continue
        yield unit
        stack.append(iter(unit.get_children()))


def subtree(unit):
    stack = [unit]
    while stack:
        u = stack.pop()
        yield u
        stack.extend(u.get_children())


def posts_of(unit):
    """Every post in the unit and the units below it."""
    return [post for u in subtree(unit) for post in u.get_posts()]


def fte_of(post):
    return Decimal(post.get_fte().get_units()) / Reorg.FTE_SCALE


def cost_of(post):
    return Decimal(post.get_annual_cost().get_pence()) / 100


class Figures:
    """Totals of a list of posts, computed here rather than by the rollup."""

    def __init__(self, posts):
        self.posts = len(posts)
        self.fte = sum((fte_of(p) for p in posts), Decimal(0))
        self.cost = sum((cost_of(p) for p in posts), Decimal(0))
        self.vacant = len([p for p in posts if p.get_status() == Reorg.PostStatus.VACANT])


def label_of(unit):
    place = unit.get_place()
    kind = unit.get_place_kind()
    if kind != Reorg.PlaceKind.NONE and place:
        return '%s [%s: %s]' % (unit.get_name(), kind.value_nick, place)
    return unit.get_name()


def two_places(value):
    return value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


def parse_rows(text):
    """The rows of the first table: the base establishment."""
    rows = []
    for line in text.split('\n== Proposal')[0].splitlines():
        match = ROW.match(line)
        if match is None:
            continue
        label = match.group('label')
        stripped = label.lstrip(' ')
        rows.append({
            'depth': (len(label) - len(stripped)) // 2,
            'label': stripped,
            'fte': Decimal(match.group('fte').replace(',', '')),
            'posts': int(match.group('posts')),
            'cost': Decimal(match.group('cost').replace('£', '').replace(',', '')),
            'vacant': int(match.group('vacant')),
        })
    return rows


@pytest.fixture(scope='module')
def plan():
    return Reorg.Plan.new_from_file(PLAN)


@pytest.fixture(scope='module')
def structure(plan):
    return plan.get_structure()


@pytest.fixture(scope='module')
def report():
    result = run(REORG, 'report', PLAN)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ''
    return result.stdout


# ---- The bundled plan ----

def test_plan_json_is_what_the_generator_writes(tmp_path):
    out = tmp_path / 'manchester-2010.json'
    result = run('/usr/bin/python3',
                 os.path.join(SOURCE_ROOT, 'examples', 'data', 'make-manchester-2010.py'),
                 str(out))
    assert result.returncode == 0, result.stderr
    with open(PLAN, encoding='utf-8') as committed:
        assert out.read_text(encoding='utf-8') == committed.read(), \
            'examples/data/manchester-2010.json is out of date: rerun make-manchester-2010.py'


def test_plan_header(plan):
    assert plan.get_organisation() == 'Manchester City Council'
    date = plan.get_date()
    assert (date.get_year(), int(date.get_month()), date.get_day()) == (2010, 12, 22)
    assert int(plan.get_financial_year_start()) == 4
    assert 'assumptions' in plan.get_metadata_keys()
    assert plan.get_metadata('source').startswith('Manchester City Council')


def test_school_effectiveness_officers(structure):
    seos = [p for p in structure.get_posts() if p.get_title() == 'School Effectiveness Officer']
    assert len(seos) == 18
    # Three Senior SEOs, one for each of the areas North, Central and South;
    # the vacant fourth was disestablished before the report (5.6).
    seniors = [p for p in structure.get_posts()
               if p.get_title() == 'Senior School Effectiveness Officer']
    assert len(seniors) == 3
    assert all(p.get_status() == Reorg.PostStatus.FILLED for p in seniors)
    assert sorted(p.get_unit().get_place() for p in seniors) == ['Central', 'North', 'South']
    assert all(p.get_unit().get_place_kind() == Reorg.PlaceKind.AREA for p in seniors)


def test_learning_strategy_officers(structure):
    lsos = [p for p in structure.get_posts() if p.get_title() == 'Learning Strategy Officer']
    assert len(lsos) == 36
    assert {p.get_unit().get_name() for p in lsos} == {'Operations Team'}


def test_fiss_is_38_fte(structure):
    fiss = structure.lookup_unit('FS-FISS')
    assert fiss is not None
    posts = posts_of(fiss)
    assert sum((fte_of(p) for p in posts), Decimal(0)) == Decimal(38)
    assert len(posts) == 40
    families_first = structure.lookup_unit('FS-FF')
    assert families_first.get_parent() == fiss
    assert families_first.get_place_kind() == Reorg.PlaceKind.DISTRICT
    assert families_first.get_place() == 'Central'


def test_administrative_service_has_174_posts(structure):
    admin = structure.lookup_unit('AS')
    assert admin is not None
    assert len(posts_of(admin)) == 174


def test_strategy_team_and_extended_schools(structure):
    assert len(posts_of(structure.lookup_unit('ES-STR'))) == 12
    extended = posts_of(structure.lookup_unit('ES-EXT'))
    assert all(p.get_funding_kind() == Reorg.FundingKind.GRANT for p in extended)
    tenures = {p.get_tenure() for p in extended}
    assert tenures == {Reorg.Tenure.SECONDMENT, Reorg.Tenure.TEMPORARY}


def test_salary_statements_of_the_report(structure):
    """19 posts over 50,000 and 36 over 45,000 go before the end of March 2011."""
    going = [p for p in structure.get_posts()
             if p.get_title() in ('School Effectiveness Officer', 'Learning Strategy Officer')]
    for ref in ('ES-EXT', 'FS-FISS', 'AS'):
        going += posts_of(structure.lookup_unit(ref))

    def full_time_salary(post):
        return Decimal(post.get_salary().get_pence()) / 100 / fte_of(post)

    assert len([p for p in going if full_time_salary(p) > 50000]) == 19
    assert len([p for p in going if 45000 < full_time_salary(p) <= 50000]) == 36


def test_reports_to_within_unit_or_parent(structure):
    tops = []
    for post in structure.get_posts():
        manager = post.get_reports_to()
        if manager is None:
            tops.append(post.get_reference())
            continue
        unit = post.get_unit()
        assert manager.get_unit() in (unit, unit.get_parent()), post.get_reference()
    assert tops == ['CS-DD']


def test_json_agrees_with_loaded_structure(structure):
    with open(PLAN, encoding='utf-8') as f:
        data = json.load(f)
    posts = data['structure']['posts']
    assert structure.get_n_posts() == len(posts)
    assert structure.get_n_units() == len(data['structure']['units'])
    total_fte = sum((Decimal(p.get('fte', '1')) for p in posts), Decimal(0))
    assert sum((fte_of(p) for p in structure.get_posts()), Decimal(0)) == total_fte


# ---- reorg report ----

def test_report_header(report):
    lines = report.splitlines()
    assert lines[0].split(None, 1) == ['Organisation:', 'Manchester City Council']
    assert lines[1].split() == ['Date:', '2010-12-22']


def test_report_rows_match_independent_figures(report, structure):
    rows = parse_rows(report)
    units = list(units_preorder(structure))
    assert len(rows) == len(units) + 1, report     # every unit, then the total

    for row, unit in zip(rows, units):
        expected = Figures(posts_of(unit))
        assert row['depth'] == unit.get_depth()
        assert row['label'] == label_of(unit)
        assert row['posts'] == expected.posts, unit.get_reference()
        assert row['fte'] == two_places(expected.fte), unit.get_reference()
        assert row['cost'] == expected.cost, unit.get_reference()
        assert row['vacant'] == expected.vacant, unit.get_reference()

    total = rows[-1]
    everything = Figures(list(structure.get_posts()))
    assert total['label'] == 'Total'
    assert total['posts'] == everything.posts == structure.get_n_posts()
    assert total['fte'] == two_places(everything.fte)
    assert total['cost'] == everything.cost
    assert total['vacant'] == everything.vacant


def test_report_education_services_line(report, structure):
    rows = [r for r in parse_rows(report) if r['label'] == 'Education Services (Core division)']
    assert len(rows) == 1
    row = rows[0]
    expected = Figures(posts_of(structure.lookup_unit('ES')))
    # the manager, 3 area teams of 7, 37 in the Operations Team, 4 in
    # Extended Schools and 12 Strategic Leads
    assert expected.posts == 75
    assert row['depth'] == 1
    assert (row['posts'], row['fte'], row['cost'], row['vacant']) == \
        (expected.posts, two_places(expected.fte), expected.cost, expected.vacant)


def test_report_total_line_from_json(report):
    """The total FTE, posts and vacancies from the JSON alone, without the library."""
    with open(PLAN, encoding='utf-8') as f:
        posts = json.load(f)['structure']['posts']
    total = parse_rows(report)[-1]
    assert total['posts'] == len(posts)
    assert total['fte'] == two_places(sum((Decimal(p['fte']) for p in posts), Decimal(0)))
    assert total['vacant'] == len([p for p in posts if p.get('status') == 'vacant'])


# ---- Errors and usage ----

def test_missing_file_exits_2(tmp_path):
    missing = str(tmp_path / 'no-such-plan.json')
    result = run(REORG, 'report', missing)
    assert result.returncode == 2
    assert result.stdout == ''
    assert result.stderr.startswith('reorg: ')
    assert missing in result.stderr


def test_malformed_json_exits_2(tmp_path):
    bad = tmp_path / 'bad.json'
    bad.write_text('{"format": "reorg-plan", "version": 1, "structure": {"units": [',
                   encoding='utf-8')
    result = run(REORG, 'report', str(bad))
    assert result.returncode == 2
    assert result.stdout == ''
    assert result.stderr.startswith('reorg: ')


def test_wrong_format_exits_2(tmp_path):
    wrong = tmp_path / 'wrong.json'
    wrong.write_text('{"format": "something-else", "version": 1}', encoding='utf-8')
    result = run(REORG, 'report', str(wrong))
    assert result.returncode == 2
    assert result.stderr.startswith('reorg: ')


@pytest.mark.parametrize('args', [[], ['report'], ['report', 'a.json', 'b.json'],
                                  ['no-such-command'], ['report', '--no-such-option']])
def test_usage_errors_exit_2(args):
    result = run(REORG, *args)
    assert result.returncode == 2
    assert result.stdout == ''
    assert 'Usage' in result.stderr or result.stderr.startswith('reorg: ')


@pytest.mark.parametrize('args', [['--help'], ['report', '--help']])
def test_help_exits_0(args):
    result = run(REORG, *args)
    assert result.returncode == 0, result.stderr
    assert 'Usage' in result.stdout
    assert 'report' in result.stdout


# ---- Walkthroughs ----

def test_walkthrough_py():
    result = run(sys.executable, os.path.join(SOURCE_ROOT, 'examples', 'walkthrough.py'),
                 cwd=BUILD_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'Caught as expected' in result.stdout
    assert 'Manchester City Council' in result.stdout
    assert '18.50' in result.stdout


def test_walkthrough_js():
    gjs = shutil.which('gjs')
    if gjs is None:
        pytest.skip('gjs is not installed')
    result = run(gjs, '-m', os.path.join(SOURCE_ROOT, 'examples', 'walkthrough.js'),
                 cwd=BUILD_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'Caught as expected' in result.stdout
    assert 'Manchester City Council' in result.stdout
    assert '18.50' in result.stdout


# ---- reorg diff ------------------------------------------------------------

def write_changed_copy(tmp_path):
    """The bundled plan without its School Effectiveness Officers and with a
    new £65,000 post, computed here from the JSON."""
    with open(PLAN, encoding='utf-8') as f:
        data = json.load(f)
    posts = data['structure']['posts']
    gone = [p for p in posts if p['title'] == 'School Effectiveness Officer']
    data['structure']['posts'] = [p for p in posts if p not in gone]
    data['structure']['posts'].append({
        'ref': 'ES-QAM', 'unit': 'ES', 'title': 'Quality Assurance Manager',
        'salary': '65000.00', 'on_cost_rate': 2000})
    path = tmp_path / 'after.json'
    path.write_text(json.dumps(data), encoding='utf-8')
    return path, gone


def test_diff_counts_and_thresholds(tmp_path):
    after, gone = write_changed_copy(tmp_path)
    result = run(REORG, 'diff', PLAN, str(after), '--threshold', '£50,000',
                 '--threshold', '45000')
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert 'Posts established: 1, disestablished: %d, changed: 0' % len(gone) in out
    over_50k = [p for p in gone if Decimal(p['salary']) > 50000]
    assert 'Posts over £50,000 disestablished: %d' % len(over_50k) in out
    assert 'Posts over £50,000 established: 1' in out
    assert 'Posts over £45,000 disestablished: %d' % len(gone) in out
    total = [line for line in out.splitlines() if line.startswith('Total')]
    assert len(total) == 1
    assert ' -%d ' % (len(gone) - 1) in total[0]


def test_diff_lists_posts(tmp_path):
    after, gone = write_changed_copy(tmp_path)
    result = run(REORG, 'diff', '--posts', PLAN, str(after))
    assert result.returncode == 0, result.stderr
    for post in gone:
        assert post['ref'] in result.stdout
    assert 'ES-QAM' in result.stdout


def test_diff_of_a_plan_with_itself_changes_nothing():
    result = run(REORG, 'diff', PLAN, PLAN)
    assert result.returncode == 0, result.stderr
    assert 'Posts established: 0, disestablished: 0, changed: 0' in result.stdout


def test_diff_errors(tmp_path):
    result = run(REORG, 'diff', PLAN)
    assert result.returncode == 2
    result = run(REORG, 'diff', PLAN, str(tmp_path / 'missing.json'))
    assert result.returncode == 2
    assert 'missing.json' in result.stderr
    result = run(REORG, 'diff', '--threshold', 'lots', PLAN, PLAN)
    assert result.returncode == 2
    assert 'threshold' in result.stderr


# ---- reorg report with the Phase 1 proposal ---------------------------------

def plan_json():
    with open(PLAN, encoding='utf-8') as f:
        return json.load(f)


def annual_cost(post):
    """Salary plus on-costs of a post object of the plan format, in pence."""
    salary = Decimal(post['salary']) * 100
    if 'on_costs' in post:
        return int(salary + Decimal(post['on_costs']) * 100)
    rate = Decimal(post.get('on_cost_rate', 0))
    on_costs = (salary * rate / 10000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(salary + on_costs)


def savings_records(as_at):
    """(label, date, full-year saving in pence) for every post that a change
    made by as_at removes or adds, computed from the JSON alone: the cost of
    a post disestablished is saved, the cost of one established is spent."""
    data = plan_json()
    posts = {p['ref']: p for p in data['structure']['posts']}
    records = []
    for change in data['proposals'][0]['changes']:
        if change['date'] > as_at:
            continue
        label, kind, date = change['label'], change['kind'], change['date']
        if kind == 'disestablish-post':
            records.append((label, date, annual_cost(posts.pop(change['post']))))
        elif kind == 'disestablish-unit-posts':
            gone = [r for r, p in posts.items() if p['unit'] == change['unit']
                    and change.get('title', p.get('title')) == p.get('title')]
            for ref in gone:
                records.append((label, date, annual_cost(posts.pop(ref))))
        elif kind == 'establish-post':
            posts[change['post']['ref']] = dict(change['post'])
            records.append((label, date, -annual_cost(change['post'])))
        elif kind == 'establish-posts':
            total = Decimal(change['total_fte'])
            template = change['post']
            for _ in range(int(total)):
                records.append((label, date, -annual_cost(template)))
            if total > int(total):
                part = dict(template)
                part['salary'] = str((Decimal(template['salary']) * (total - int(total)))
                                     .quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
                records.append((label, date, -annual_cost(part)))
    return records


def full_year_savings_by_label(as_at):
    savings = {}
    for label, _, amount in savings_records(as_at):
        savings[label] = savings.get(label, 0) + amount
    return savings


def round_half_away(value):
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def part_year_2010_11(label, as_at):
    """Day-exact 2010/11 (1 April 2010 to 31 March 2011, 365 days) savings of a
    group, each post's amount rounded to the penny as the library documents."""
    import datetime
    first, last = datetime.date(2010, 4, 1), datetime.date(2011, 3, 31)
    total = 0
    for group, date, amount in savings_records(as_at):
        day = datetime.date.fromisoformat(date)
        if group != label or day > last:
            continue
        days = (last - max(day, first)).days + 1
        total += round_half_away(Decimal(amount) * days / 365)
    return total


def pounds_text(pence):
    text = '£{:,}'.format(abs(pence) // 100)
    return '(%s)' % text if pence < 0 else text


@pytest.fixture(scope='module')
def phase1_report():
    result = run(REORG, 'report', '--as-at', '2011-03-31', PLAN)
    assert result.returncode == 0, result.stderr
    return result.stdout


def savings_row(report, label):
    rows = [line for line in report.splitlines() if line.startswith(label + ' ')]
    assert rows, label
    return rows[0].split()


def test_report_phase1_savings_match_the_report(phase1_report):
    expected = full_year_savings_by_label('2011-03-31')
    education = expected['Education Services realignment']
    family = expected['Family support and business support redesign']
    # The report's figures, reproduced from the data...
    assert round(education / 100 / 1e6, 1) == 3.0
    assert round(family / 100 / 1e6, 1) == 1.8
    assert round((education + family) / 100 / 1e6, 1) == 4.8
    # ... and printed by reorg report, computed by the library.
    row = savings_row(phase1_report, 'Education Services realignment')
    assert row[-2:] == [pounds_text(education), '£3.0m']
    row = savings_row(phase1_report, 'Family support and business support redesign')
    assert row[-2:] == [pounds_text(family), '£1.8m']
    assert 'Full-year savings: £4.8m towards the savings target of £25m (19.4%)' in phase1_report


def test_report_phase1_posts_and_thresholds(phase1_report):
    assert 'Posts over £50,000 disestablished: 19' in phase1_report
    assert 'Posts over £50,000 established: 2' in phase1_report
    assert 'Posts over £45,000 and up to £50,000 disestablished: 36' in phase1_report
    workforce = {line.split()[0]: line.split() for line in phase1_report.splitlines()
                 if re.match(r'^(AS|BS|ES|FS) +20\d\d/\d\d ', line)}
    # FISS: 38 FTE out, 18.5 in, 19.5 net (6.6).
    assert workforce['FS'][2:3] == ['38.00'] and workforce['FS'][7:] == ['18.50', '19.50']
    assert workforce['AS'][2] == '152.20'


def test_report_phase1_part_year_is_day_exact(phase1_report):
    """2010/11 holds only the days from each change to 31 March 2011: one
    day of the posts deleted on 31 March, 32 of the advisers deleted on 28
    February, and the cost of 31 days of the two posts from 1 March."""
    for label in ('Education Services realignment',
                  'Family support and business support redesign'):
        expected = part_year_2010_11(label, '2011-03-31')
        assert expected != 0
        row = savings_row(phase1_report, label)
        pounds = round_half_away(Decimal(expected) / 100)
        text = '£{:,}'.format(abs(pounds))
        assert row[-5] == ('(%s)' % text if pounds < 0 else text), (label, row)


def test_report_without_as_at_includes_later_phases():
    result = run(REORG, 'report', PLAN)
    assert result.returncode == 0, result.stderr
    assert 'Strategy Team natural reduction (12 to 6)' in result.stdout
    assert 'Education Services senior posts (to March 2012)' in result.stdout


def test_report_options_errors():
    assert run(REORG, 'report', '--as-at', '31/03/2011', PLAN).returncode == 2
    assert run(REORG, 'report', '--proposal', 'Phase 9', PLAN).returncode == 2
    assert run(REORG, 'report', '--years', '0', PLAN).returncode == 2
