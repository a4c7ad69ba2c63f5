# test_plan.py: plans, their JSON files and load errors from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import copy
import json
import os
import pathlib

import gi
gi.require_version('Reorg', '1')
from gi.repository import GLib, Reorg  # noqa: E402

import pytest  # noqa: E402

from reorgtest import reorg_error, date, ymd  # noqa: E402

Status = Reorg.PostStatus
Tenure = Reorg.Tenure
Funding = Reorg.FundingKind

SOURCE_ROOT = pathlib.Path(os.environ.get(
    'REORG_SOURCE_ROOT', pathlib.Path(__file__).resolve().parents[2]))




# A plan in the documented format (docs/plan-format.md), with every member.
PLAN = {
    'format': 'reorg-plan',
    'version': 1,
    'organisation': 'Manchester City Council',
    'financial_year_start': 4,
    'date': '2010-12-22',
    'metadata': {'source': 'Personnel Committee, 22 December 2010',
                 'author': 'HR'},
    'structure': {
        'date': '2010-12-22',
        'units': [
            {'ref': 'CS', 'name': "Children's Services",
             'kind': 'directorate'},
            {'ref': 'ES', 'name': 'Education Services', 'kind': 'service',
             'parent': 'CS', 'place_kind': 'area', 'place': 'North'},
            {'ref': 'FF', 'name': 'Families First', 'kind': 'team',
             'parent': 'CS'},
        ],
        'posts': [
            {'ref': 'ES-HEAD', 'unit': 'ES', 'title': 'Head of Education',
             'grade': 'SM2', 'salary': '65000.00'},
            {'ref': 'ES-SEO-01', 'unit': 'ES',
             'title': 'School Effectiveness Officer', 'grade': 'SO2',
             'fte': '1', 'salary': '52000.00', 'on_cost_rate': 2500,
             'status': 'filled', 'tenure': 'permanent',
             'funding': 'mainstream', 'reports_to': 'ES-HEAD',
             'job_family': 'Education'},
            {'ref': '00009000', 'unit': 'ES', 'title': 'Grant-funded adviser',
             'fte': '0.6', 'salary': '30000.00', 'on_costs': '7500.00',
             'funding': {'kind': 'grant', 'name': 'ABG'},
             'status': 'vacant', 'tenure': 'fixed-term'},
            {'ref': 'FF-001', 'unit': 'FF', 'title': 'Family worker',
             'fte': '18.5', 'salary': '444000.50', 'status': 'frozen',
             'tenure': 'secondment', 'funding': 'reserves'},
        ],
    },
}


def write_json(path, obj):
    path.write_text(json.dumps(obj, indent=2), encoding='utf-8')
    return path


def plan_dict(**changes):
    d = copy.deepcopy(PLAN)
    d.update(changes)
    return d


def build_plan():
    """The same plan as PLAN, built through the API."""
    plan = Reorg.Plan.new()
    plan.set_organisation('Manchester City Council')
    plan.set_financial_year_start(GLib.DateMonth.APRIL)
    plan.set_date(date(2010, 12, 22))
    plan.set_metadata('source', 'Personnel Committee, 22 December 2010')
    plan.set_metadata('author', 'HR')
    s = Reorg.Structure.new()
    s.set_date(date(2010, 12, 22))
    cs = Reorg.Unit.new('CS', "Children's Services",
                        Reorg.UnitKind.DIRECTORATE)
    es = Reorg.Unit.new('ES', 'Education Services', Reorg.UnitKind.SERVICE)
    es.set_place(Reorg.PlaceKind.AREA, 'North')
    ff = Reorg.Unit.new('FF', 'Families First', Reorg.UnitKind.TEAM)
    s.add_unit(cs, None)
    s.add_unit(es, cs)
    s.add_unit(ff, cs)

    head = Reorg.Post.new('ES-HEAD')
    head.set_title('Head of Education')
    head.set_grade('SM2')
    head.set_salary(Reorg.Money.from_decimal('65000'))
    s.add_post(head, es)

    seo = Reorg.Post.new('ES-SEO-01')
    seo.set_title('School Effectiveness Officer')
    seo.set_grade('SO2')
    seo.set_salary(Reorg.Money.from_decimal('52000'))
    seo.set_on_cost_rate(2500)
    seo.set_job_family('Education')
    s.add_post(seo, es)
    s.set_reports_to(seo, head)

    adviser = Reorg.Post.new('00009000')
    adviser.set_title('Grant-funded adviser')
    adviser.set_fte(Reorg.Fte.from_decimal('0.6'))
    adviser.set_salary(Reorg.Money.from_decimal('30000'))
    adviser.set_on_costs(Reorg.Money.from_decimal('7500'))
    adviser.set_funding(Funding.GRANT, 'ABG')
    adviser.set_status(Status.VACANT)
    adviser.set_tenure(Tenure.FIXED_TERM)
    s.add_post(adviser, es)

    worker = Reorg.Post.new('FF-001')
    worker.set_title('Family worker')
    worker.set_fte(Reorg.Fte.from_decimal('18.5'))
    worker.set_salary(Reorg.Money.from_decimal('444000.50'))
    worker.set_status(Status.FROZEN)
    worker.set_tenure(Tenure.SECONDMENT)
    worker.set_funding(Funding.RESERVES, None)
    s.add_post(worker, ff)

    plan.set_structure(s)
    return plan


def post_fields(p):
    return (p.get_reference(), p.get_title(), p.get_grade(),
            p.get_job_family(), p.get_fte().units, p.get_salary().pence,
            p.get_on_costs().pence, p.get_on_cost_rate(),
            p.get_annual_cost().pence, p.get_status(), p.get_tenure(),
            p.get_funding_kind(), p.get_funding_name(),
            p.get_unit().get_reference(),
            p.get_reports_to().get_reference() if p.get_reports_to()
            else None)


def unit_fields(u):
    return (u.get_reference(), u.get_name(), u.get_kind(), u.get_place_kind(),
            u.get_place(), u.get_parent().get_reference() if u.get_parent()
            else None, [c.get_reference() for c in u.get_children()])


def assert_same_plan(a, b):
    assert a.equal(b)
    assert b.equal(a)
    assert a.get_organisation() == b.get_organisation()
    assert a.get_financial_year_start() == b.get_financial_year_start()
    assert ymd(a.get_date()) == ymd(b.get_date())
    assert sorted(a.get_metadata_keys()) == sorted(b.get_metadata_keys())
    for key in a.get_metadata_keys():
        assert a.get_metadata(key) == b.get_metadata(key)
    sa, sb = a.get_structure(), b.get_structure()
    assert sa.equal(sb)
    assert ymd(sa.get_date()) == ymd(sb.get_date())
    assert sa.get_n_units() == sb.get_n_units()
    assert sa.get_n_posts() == sb.get_n_posts()
    for u in sa.get_units():
        assert unit_fields(u) == \
            unit_fields(sb.lookup_unit(u.get_reference()))
    for p in sa.get_posts():
        assert post_fields(p) == \
            post_fields(sb.lookup_post(p.get_reference()))


# ---- a new plan ------------------------------------------------------------------

def test_new_plan_defaults():
    plan = Reorg.Plan.new()
    assert plan.get_financial_year_start() == GLib.DateMonth.APRIL
    assert plan.get_organisation() is None
    assert plan.get_date() is None
    assert list(plan.get_metadata_keys()) == []
    assert plan.get_metadata('source') is None
    s = plan.get_structure()
    assert s is not None
    assert s.get_n_units() == 0 and s.get_n_posts() == 0


def test_plan_metadata():
    plan = Reorg.Plan.new()
    plan.set_organisation('Harrow Council')
    assert plan.get_organisation() == 'Harrow Council'
    plan.set_metadata('source', 'Scrutiny, July 2011')
    plan.set_metadata('status', 'draft')
    assert plan.get_metadata('source') == 'Scrutiny, July 2011'
    assert sorted(plan.get_metadata_keys()) == ['source', 'status']
    plan.set_metadata('status', 'final')
    assert plan.get_metadata('status') == 'final'
    plan.set_metadata('status', None)
    assert plan.get_metadata('status') is None
    assert list(plan.get_metadata_keys()) == ['source']
    plan.set_date(date(2011, 7, 12))
    assert ymd(plan.get_date()) == (2011, 7, 12)
    plan.set_date(None)
    assert plan.get_date() is None


def test_plan_financial_year():
    plan = Reorg.Plan.new()
    y = plan.get_financial_year(date(2010, 12, 22))
    assert str(y) == '2010/11'
    plan.set_financial_year_start(GLib.DateMonth.JANUARY)
    assert plan.get_financial_year_start() == GLib.DateMonth.JANUARY
    assert str(plan.get_financial_year(date(2010, 12, 22))) == '2010'
    with reorg_error(Reorg.Error.INVALID):
        plan.set_financial_year_start(GLib.DateMonth.BAD_MONTH)
    assert plan.get_financial_year_start() == GLib.DateMonth.JANUARY


def test_plan_structure():
    plan = Reorg.Plan.new()
    s = Reorg.Structure.new()
    s.add_unit(Reorg.Unit.new('CS', 'Children', Reorg.UnitKind.DIRECTORATE),
               None)
    plan.set_structure(s)
    assert plan.get_structure() == s
    assert plan.get_structure().lookup_unit('CS') is not None


# ---- saving and loading ---------------------------------------------------------

def test_save_and_load_back(tmp_path):
    plan = build_plan()
    path = tmp_path / 'plan.json'
    plan.save_to_file(str(path))
    loaded = Reorg.Plan.new_from_file(str(path))
    assert_same_plan(plan, loaded)
    # the file is the documented format
    data = json.loads(path.read_text(encoding='utf-8'))
    assert data['format'] == 'reorg-plan'
    assert data['version'] == 1
    assert data['organisation'] == 'Manchester City Council'
    posts = {p['ref']: p for p in data['structure']['posts']}
    assert posts['00009000']['fte'] == '0.6'
    assert posts['00009000']['salary'] == '30000.00'
    assert posts['FF-001']['salary'] == '444000.50'
    assert posts['ES-SEO-01']['on_cost_rate'] == 2500
    # saving writes through a temporary file and leaves nothing behind
    assert os.listdir(tmp_path) == ['plan.json']


def test_override_load_and_save(tmp_path):
    plan = build_plan()
    path = tmp_path / 'plan.json'
    plan.save(path)                 # a pathlib.Path
    loaded = Reorg.Plan.load(path)
    assert isinstance(loaded, Reorg.Plan)
    assert_same_plan(plan, loaded)
    loaded.set_organisation('Changed')
    loaded.save(str(path))          # a str, over the old file
    assert Reorg.Plan.load(str(path)).get_organisation() == 'Changed'
    assert not plan.equal(loaded)
    with reorg_error(Reorg.Error.IO):
        Reorg.Plan.load(tmp_path / 'missing.json')


def test_load_the_documented_plan(tmp_path):
    path = write_json(tmp_path / 'plan.json', PLAN)
    loaded = Reorg.Plan.new_from_file(str(path))
    assert_same_plan(build_plan(), loaded)
    s = loaded.get_structure()
    adviser = s.lookup_post('00009000')
    assert adviser.get_fte().to_decimal() == Reorg.Fte.from_decimal(
        '0.6').to_decimal()
    assert adviser.get_funding_name() == 'ABG'
    assert adviser.get_annual_cost() == Reorg.Money.from_decimal('37500')
    assert s.lookup_post('ES-SEO-01').get_annual_cost() == \
        Reorg.Money.from_decimal('65000')
    # defaults
    head = s.lookup_post('ES-HEAD')
    assert head.get_fte() == Reorg.Fte.from_decimal(1)
    assert head.get_status() == Status.FILLED
    assert head.get_tenure() == Tenure.PERMANENT
    assert head.get_funding_kind() == Funding.MAINSTREAM
    assert s.lookup_unit('CS').get_kind() == Reorg.UnitKind.DIRECTORATE
    assert s.lookup_unit('ES').get_place() == 'North'


def test_saving_keeps_the_posts_alive(tmp_path):
    # Writing a plan must not drop references on the posts it writes
    # (a copy of a unit's post array once unreffed every post).
    plan = build_plan()
    s = plan.get_structure()
    posts = [s.lookup_post(r) for r in ('ES-HEAD', '00009000', 'FF-001')]
    units = [s.lookup_unit(r) for r in ('CS', 'ES', 'FF')]
    before = [x.__grefcount__ for x in posts + units]
    plan.to_data()
    plan.save(tmp_path / 'plan.json')
    after = [x.__grefcount__ for x in posts + units]
    assert after == before


def test_save_load_save_is_stable(tmp_path):
    first = tmp_path / 'first.json'
    second = tmp_path / 'second.json'
    build_plan().save(first)
    Reorg.Plan.load(first).save(second)
    assert first.read_bytes() == second.read_bytes()


def test_data_round_trip():
    plan = build_plan()
    data, length = plan.to_data()
    assert length == len(data.encode('utf-8'))
    assert json.loads(data)['format'] == 'reorg-plan'
    again = Reorg.Plan.new_from_data(data.encode('utf-8'))
    assert_same_plan(plan, again)
    # the same plan always gives the same text
    assert again.to_data()[0] == data


def test_readers_accept_json_numbers(tmp_path):
    d = plan_dict()
    posts = d['structure']['posts']
    posts[0]['salary'] = 65000
    posts[2]['fte'] = 0.6
    posts[3]['fte'] = 0.810810811
    loaded = Reorg.Plan.load(write_json(tmp_path / 'p.json', d))
    s = loaded.get_structure()
    assert s.lookup_post('ES-HEAD').get_salary().pence == 6500000
    assert s.lookup_post('00009000').get_fte().units == 6000
    assert s.lookup_post('FF-001').get_fte().units == 8108


def test_big_plan_round_trip(tmp_path):
    s = Reorg.Structure.new()
    units = []
    for i in range(200):
        u = Reorg.Unit.new('U%03d' % i, 'Unit %d' % i, Reorg.UnitKind.TEAM)
        s.add_unit(u, units[(i - 1) // 4] if i else None)
        units.append(u)
    for n in range(5000):
        p = Reorg.Post.new('%08d' % n)
        p.set_fte(Reorg.Fte.new(1 + n % 10000))
        p.set_salary(Reorg.Money.new(n * 101))
        s.add_post(p, units[n % 200])
    plan = Reorg.Plan.new()
    plan.set_structure(s)
    plan.save(tmp_path / 'big.json')
    loaded = Reorg.Plan.load(tmp_path / 'big.json')
    assert loaded.equal(plan)
    assert loaded.get_structure().lookup_post('00004999').get_salary() == \
        Reorg.Money.new(4999 * 101)


# ---- load errors: each a GLib.Error that names the place -------------------------

def test_load_missing_file(tmp_path):
    path = tmp_path / 'no-such-plan.json'
    with reorg_error(Reorg.Error.IO) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'no-such-plan.json' in info.value.message


def test_load_malformed_json(tmp_path):
    path = tmp_path / 'broken.json'
    path.write_text('{"format": "reorg-plan", "version": 1, "structure": {',
                    encoding='utf-8')
    with reorg_error(Reorg.Error.PARSE) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'broken.json' in info.value.message


def test_load_not_an_object(tmp_path):
    path = tmp_path / 'array.json'
    path.write_text('[1, 2, 3]', encoding='utf-8')
    with reorg_error(Reorg.Error.PARSE) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'array.json' in info.value.message


def test_load_not_a_plan(tmp_path):
    path = write_json(tmp_path / 'other.json', plan_dict(format='other'))
    with reorg_error(Reorg.Error.PARSE) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'other.json' in info.value.message
    assert 'format' in info.value.message


def test_load_unknown_version(tmp_path):
    path = write_json(tmp_path / 'future.json', plan_dict(version=2))
    with reorg_error(Reorg.Error.VERSION) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'future.json' in info.value.message
    assert '2' in info.value.message


def test_load_duplicate_post_reference(tmp_path):
    d = plan_dict()
    d['structure']['posts'][3]['ref'] = '00009000'
    path = write_json(tmp_path / 'dup.json', d)
    with reorg_error(Reorg.Error.DUPLICATE) as info:
        Reorg.Plan.new_from_file(str(path))
    message = info.value.message
    assert 'dup.json' in message
    assert 'structure.posts[3]' in message
    assert '00009000' in message


def test_load_duplicate_unit_reference(tmp_path):
    d = plan_dict()
    d['structure']['units'][2]['ref'] = 'ES'
    path = write_json(tmp_path / 'dupunit.json', d)
    with reorg_error(Reorg.Error.DUPLICATE) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'dupunit.json' in info.value.message
    assert 'structure.units[2]' in info.value.message


def test_load_unknown_unit(tmp_path):
    d = plan_dict()
    d['structure']['posts'][1]['unit'] = 'NOWHERE'
    path = write_json(tmp_path / 'unit.json', d)
    with reorg_error(Reorg.Error.NOT_FOUND) as info:
        Reorg.Plan.new_from_file(str(path))
    message = info.value.message
    assert 'unit.json' in message
    assert 'structure.posts[1]' in message
    assert 'NOWHERE' in message


def test_load_parent_after_child(tmp_path):
    d = plan_dict()
    units = d['structure']['units']
    units[0], units[1] = units[1], units[0]
    path = write_json(tmp_path / 'order.json', d)
    with reorg_error(Reorg.Error.NOT_FOUND) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'structure.units[0]' in info.value.message


def test_load_unknown_manager(tmp_path):
    d = plan_dict()
    d['structure']['posts'][1]['reports_to'] = 'NOBODY'
    path = write_json(tmp_path / 'manager.json', d)
    with reorg_error(Reorg.Error.NOT_FOUND) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'NOBODY' in info.value.message
    assert 'structure.posts[1]' in info.value.message


def test_load_reports_to_loop(tmp_path):
    d = plan_dict()
    d['structure']['posts'][0]['reports_to'] = 'ES-SEO-01'
    path = write_json(tmp_path / 'loop.json', d)
    with reorg_error(Reorg.Error.CYCLE) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'loop.json' in info.value.message


@pytest.mark.parametrize('member, value', [
    ('fte', '0'),
    ('fte', '-1'),
    ('salary', '-1.00'),
    ('on_costs', '-0.01'),
    ('status', 'sleeping'),
    ('tenure', 'forever'),
    ('funding', 'magic'),
    ('on_cost_rate', -5),
    ('on_cost_rate', 10001),
])
def test_load_bad_post_values(tmp_path, member, value):
    d = plan_dict()
    post = d['structure']['posts'][2]
    if member == 'on_cost_rate':
        del post['on_costs']  # the two are exclusive
    post[member] = value
    path = write_json(tmp_path / 'values.json', d)
    with reorg_error(Reorg.Error.INVALID) as info:
        Reorg.Plan.new_from_file(str(path))
    message = info.value.message
    assert str(path) in message
    place = message.split('values.json', 1)[1]
    assert 'structure.posts[2]' in place
    assert '00009000' in place
    # the member, in its JSON name or in words ("on-costs", "FTE")
    def words(text):
        return text.lower().replace('_', ' ').replace('-', ' ')
    assert words(member) in words(place), message


def test_load_on_costs_and_rate_together(tmp_path):
    d = plan_dict()
    d['structure']['posts'][2]['on_cost_rate'] = 2500  # beside on_costs
    path = write_json(tmp_path / 'both.json', d)
    with pytest.raises(GLib.Error) as info:
        Reorg.Plan.new_from_file(str(path))
    assert info.value.domain == 'reorg-error-quark'
    assert 'structure.posts[2]' in info.value.message
    assert 'on_cost_rate' in info.value.message


def test_load_fraction_of_a_penny(tmp_path):
    d = plan_dict()
    d['structure']['posts'][0]['salary'] = '65000.001'
    path = write_json(tmp_path / 'penny.json', d)
    with reorg_error(Reorg.Error.PARSE) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'structure.posts[0]' in info.value.message


def test_load_bad_financial_year_start(tmp_path):
    path = write_json(tmp_path / 'fy.json',
                      plan_dict(financial_year_start=13))
    with reorg_error(Reorg.Error.INVALID) as info:
        Reorg.Plan.new_from_file(str(path))
    assert 'financial_year_start' in info.value.message


def test_load_from_data_errors():
    with reorg_error(Reorg.Error.PARSE):
        Reorg.Plan.new_from_data(b'not json')
    with reorg_error(Reorg.Error.PARSE):
        Reorg.Plan.new_from_data(b'')
    with reorg_error(Reorg.Error.VERSION):
        Reorg.Plan.new_from_data(json.dumps(plan_dict(version=99)).encode())


def test_save_into_missing_folder(tmp_path):
    path = tmp_path / 'no' / 'such' / 'folder' / 'plan.json'
    with reorg_error(Reorg.Error.IO) as info:
        build_plan().save_to_file(str(path))
    assert 'plan.json' in info.value.message


# ---- the bundled example -----------------------------------------------------------

def test_manchester_example_loads():
    path = SOURCE_ROOT / 'examples' / 'data' / 'manchester-2010.json'
    if not path.exists():
        pytest.skip('%s is not there yet' % path)
    plan = Reorg.Plan.load(path)
    s = plan.get_structure()
    assert s.get_n_posts() > 0
    assert s.get_n_units() > 0
    assert 'Manchester' in (plan.get_organisation() or '')
    r = s.rollup(Reorg.Dimension.STATUS)
    assert r.get_total().get_posts() == s.get_n_posts()
    # and it survives a round trip
    data, _ = plan.to_data()
    again = Reorg.Plan.new_from_data(data.encode('utf-8'))
    assert again.equal(plan)
