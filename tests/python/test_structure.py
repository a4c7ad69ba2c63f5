# test_structure.py: units, posts, structures and rollups from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import collections
import gc
import time
from decimal import Decimal

import gi
gi.require_version('Reorg', '1')
from gi.repository import Gio, GLib, Reorg  # noqa: E402

import pytest  # noqa: E402

from reorgtest import reorg_error  # noqa: E402

Kind = Reorg.UnitKind
Status = Reorg.PostStatus
Tenure = Reorg.Tenure
Funding = Reorg.FundingKind
Dim = Reorg.Dimension




def fte(text):
    return Reorg.Fte.from_decimal(text)


def gbp(text):
    return Reorg.Money.from_decimal(text)


def make_post(ref, title='', fte_='1', salary='30000', grade='SO1',
              status=Status.FILLED, tenure=Tenure.PERMANENT,
              funding=Funding.MAINSTREAM, funding_name=None, on_costs=None,
              on_cost_rate=None):
    p = Reorg.Post.new(ref)
    p.set_title(title)
    p.set_grade(grade)
    p.set_fte(fte(fte_))
    p.set_salary(gbp(salary))
    if on_costs is not None:
        p.set_on_costs(gbp(on_costs))
    if on_cost_rate is not None:
        p.set_on_cost_rate(on_cost_rate)
    p.set_status(status)
    p.set_tenure(tenure)
    p.set_funding(funding, funding_name)
    return p


def add_unit(s, ref, parent=None, name=None, kind=Kind.TEAM):
    u = Reorg.Unit.new(ref, name or ref, kind)
    s.add_unit(u, parent)
    return u


def add_post(s, unit, ref, **kwargs):
    p = make_post(ref, **kwargs)
    s.add_post(p, unit)
    return p


@pytest.fixture
def childrens_services():
    """A small tree: CS > (ES > (SEO team), FF), 8 posts."""
    s = Reorg.Structure.new()
    cs = add_unit(s, 'CS', None, "Children's Services", Kind.DIRECTORATE)
    es = add_unit(s, 'ES', cs, 'Education Services', Kind.SERVICE)
    seo = add_unit(s, 'SEO', es, 'School Effectiveness', Kind.TEAM)
    ff = add_unit(s, 'FF', cs, 'Families First', Kind.SERVICE)
    add_post(s, cs, 'CS-DIR', title='Director', salary='120000',
             grade='JNC', on_cost_rate=2500)
    add_post(s, es, 'ES-HEAD', title='Head of Education', salary='65000',
             grade='SM2', on_costs='16250')
    add_post(s, seo, 'ES-SEO-01', title='School Effectiveness Officer',
             salary='52000', grade='SO2', on_cost_rate=2500)
    add_post(s, seo, 'ES-SEO-02', title='School Effectiveness Officer',
             salary='52000', grade='SO2', status=Status.VACANT)
    add_post(s, seo, '00009000', title='Grant-funded adviser', fte_='0.6',
             salary='30000', grade='SO1', funding=Funding.GRANT,
             funding_name='ABG', on_costs='7500',
             tenure=Tenure.FIXED_TERM)
    add_post(s, ff, 'FF-001', title='Family worker', fte_='0.94',
             salary='24000', grade='Grade 6', tenure=Tenure.TEMPORARY)
    add_post(s, ff, 'FF-002', title='Family worker', fte_='18.5',
             salary='444000', grade='Grade 6', status=Status.FROZEN,
             funding=Funding.RESERVES)
    add_post(s, ff, 'FF-003', title='Family worker', fte_='0.5',
             salary='12000.50', grade='Grade 6', funding=Funding.GRANT,
             funding_name='Troubled Families', tenure=Tenure.SECONDMENT)
    s.set_reports_to(s.lookup_post('ES-HEAD'), s.lookup_post('CS-DIR'))
    s.set_reports_to(s.lookup_post('ES-SEO-01'), s.lookup_post('ES-HEAD'))
    s.set_reports_to(s.lookup_post('ES-SEO-02'), s.lookup_post('ES-HEAD'))
    return s


# ---- units and posts --------------------------------------------------------

def test_unit_properties():
    u = Reorg.Unit.new('ES', 'Education Services', Kind.SERVICE)
    assert u.get_reference() == 'ES'
    assert u.get_name() == 'Education Services'
    assert u.get_kind() == Kind.SERVICE
    assert u.get_parent() is None
    assert u.get_structure() is None
    assert u.get_place_kind() == Reorg.PlaceKind.NONE
    u.set_place(Reorg.PlaceKind.AREA, 'North')
    assert u.get_place_kind() == Reorg.PlaceKind.AREA
    assert u.get_place() == 'North'
    u.set_name('Education')
    u.set_kind(Kind.DIVISION)
    assert u.get_name() == 'Education'
    assert u.get_kind() == Kind.DIVISION
    assert repr(u) == "<Reorg.Unit 'ES' 'Education'>"


def test_post_defaults_and_setters():
    p = Reorg.Post.new('00009000')
    assert p.get_reference() == '00009000'
    assert p.get_fte() == fte('1')
    assert p.get_salary() == gbp('0')
    assert p.get_status() == Status.FILLED
    assert p.get_tenure() == Tenure.PERMANENT
    assert p.get_funding_kind() == Funding.MAINSTREAM
    assert p.get_unit() is None
    assert p.get_reports_to() is None
    assert p.get_n_reports() == 0
    p.set_title('Grant-funded adviser')
    p.set_grade('SO1')
    p.set_job_family('Education')
    p.set_funding(Funding.GRANT, 'ABG')
    p.set_status(Status.VACANT)
    p.set_tenure(Tenure.FIXED_TERM)
    assert p.get_title() == 'Grant-funded adviser'
    assert p.get_grade() == 'SO1'
    assert p.get_job_family() == 'Education'
    assert p.get_funding_kind() == Funding.GRANT
    assert p.get_funding_name() == 'ABG'
    assert p.get_status() == Status.VACANT
    assert p.is_vacant()
    assert p.get_tenure() == Tenure.FIXED_TERM
    assert repr(p) == "<Reorg.Post '00009000' 'Grant-funded adviser'>"


def test_post_vacancy_by_status():
    p = Reorg.Post.new('P')
    p.set_status(Status.FILLED)
    assert not p.is_vacant()
    p.set_status(Status.VACANT)
    assert p.is_vacant()
    p.set_status(Status.FROZEN)
    assert p.is_vacant()


def test_post_annual_cost():
    p = make_post('A', salary='52000', on_cost_rate=2500)
    assert p.get_on_cost_rate() == 2500
    assert p.get_on_costs() == gbp('13000')
    assert p.get_annual_cost() == gbp('65000')
    p = make_post('B', salary='30000', on_costs='7500')
    assert p.get_annual_cost() == gbp('37500')
    p = make_post('C', salary='30000')
    assert p.get_annual_cost() == gbp('30000')
    # the rate is rounded to the penny
    p = make_post('D', salary='100.01', on_cost_rate=2500)
    assert p.get_annual_cost().pence == 10001 + 2500


def test_post_rejects_zero_or_negative_fte_and_stays_unchanged():
    p = make_post('P', fte_='0.6', salary='30000')
    for bad in ['0', '-1', '-0.0001']:
        with reorg_error(Reorg.Error.INVALID):
            p.set_fte(fte(bad))
        assert p.get_fte() == fte('0.6')
    p.set_fte(fte('0.0001'))
    assert p.get_fte() == fte('0.0001')


def test_post_rejects_negative_costs_and_stays_unchanged():
    p = make_post('P', salary='30000', on_costs='7500')
    with reorg_error(Reorg.Error.INVALID):
        p.set_salary(gbp('-0.01'))
    assert p.get_salary() == gbp('30000')
    with reorg_error(Reorg.Error.INVALID):
        p.set_on_costs(gbp('-1'))
    assert p.get_on_costs() == gbp('7500')
    assert p.get_annual_cost() == gbp('37500')
    with reorg_error(Reorg.Error.INVALID):
        p.set_on_cost_rate(-1)
    assert p.get_annual_cost() == gbp('37500')
    p.set_salary(gbp('0'))
    assert p.get_salary() == gbp('0')


# ---- building a structure -----------------------------------------------------

def test_structure_tree(childrens_services):
    s = childrens_services
    assert s.get_n_units() == 4
    assert s.get_n_posts() == 8
    cs = s.lookup_unit('CS')
    es = s.lookup_unit('ES')
    seo = s.lookup_unit('SEO')
    ff = s.lookup_unit('FF')
    assert cs.get_parent() is None
    assert es.get_parent() == cs
    assert seo.get_parent() == es
    assert ff.get_parent() == cs
    assert cs.get_depth() == 0
    assert es.get_depth() == 1
    assert seo.get_depth() == 2
    assert cs.get_structure() == s
    assert cs.get_n_children() == 2
    assert seo.get_n_posts() == 3
    assert s.lookup_post('ES-SEO-01').get_unit() == seo
    assert s.lookup_post('ES-SEO-01').get_structure() == s


def test_lookup_by_reference_keeps_zeros(childrens_services):
    s = childrens_services
    p = s.lookup_post('00009000')
    assert p is not None
    assert p.get_reference() == '00009000'
    assert p.get_title() == 'Grant-funded adviser'
    assert s.lookup_post('9000') is None
    assert s.lookup_post('0009000') is None
    assert s.lookup_post('') is None
    assert s.lookup_unit('NOPE') is None
    assert s.lookup_unit('es') is None


def test_list_models(childrens_services):
    s = childrens_services
    units = s.get_units()
    assert isinstance(units, Gio.ListModel)
    assert units.get_item_type() == Reorg.Unit.__gtype__
    assert len(units) == units.get_n_items() == 4
    assert {u.get_reference() for u in units} == {'CS', 'ES', 'SEO', 'FF'}
    assert units[0] == units.get_item(0)
    assert units[-1] == units.get_item(3)
    with pytest.raises(IndexError):
        units[4]
    assert [u.get_reference() for u in units[1:3]] == \
        [units.get_item(1).get_reference(), units.get_item(2).get_reference()]
    posts = s.get_posts()
    assert posts.get_item_type() == Reorg.Post.__gtype__
    assert len(posts) == 8
    assert {p.get_reference() for p in posts} == {
        'CS-DIR', 'ES-HEAD', 'ES-SEO-01', 'ES-SEO-02', '00009000', 'FF-001',
        'FF-002', 'FF-003'}
    roots = s.get_roots()
    assert [u.get_reference() for u in roots] == ['CS']
    cs = s.lookup_unit('CS')
    assert [u.get_reference() for u in cs.get_children()] == ['ES', 'FF']
    assert [p.get_reference() for p in s.lookup_unit('SEO').get_posts()] == \
        ['ES-SEO-01', 'ES-SEO-02', '00009000']


def test_override_helpers(childrens_services):
    s = childrens_services
    cs = s.lookup_unit('CS')
    assert [u.get_reference() for u in cs.children] == ['ES', 'FF']
    assert [p.get_reference() for p in cs.posts] == ['CS-DIR']
    assert len(s.units) == 4
    assert len(s.posts) == 8
    assert [u.get_reference() for u in s.roots] == ['CS']
    # "in" by reference (post or unit), or by object
    assert '00009000' in s
    assert 'SEO' in s
    assert '9000' not in s
    assert s.lookup_post('FF-001') in s
    assert cs in s
    other = Reorg.Structure.new()
    stranger = add_unit(other, 'CS')
    assert stranger not in s
    assert Reorg.Post.new('FF-001') not in s
    with pytest.raises(TypeError):
        5 in s
    with pytest.raises(TypeError):
        len(s)
    assert bool(Reorg.Structure.new())


def test_list_models_follow_changes(childrens_services):
    s = childrens_services
    posts = s.get_posts()
    changes = []
    posts.connect('items-changed',
                  lambda model, pos, removed, added:
                  changes.append((pos, removed, added)))
    seo = s.lookup_unit('SEO')
    add_post(s, seo, 'ES-SEO-03')
    assert changes == [(8, 0, 1)]
    assert len(posts) == 9
    assert posts[8].get_reference() == 'ES-SEO-03'
    del changes[:]
    s.remove_post(s.lookup_post('ES-SEO-03'))
    assert len(changes) == 1 and changes[0][1:] in [(1, 0), (1, 1)]
    assert len(posts) == 8
    assert 'ES-SEO-03' not in {p.get_reference() for p in posts}


def test_duplicate_references(childrens_services):
    s = childrens_services
    with reorg_error(Reorg.Error.DUPLICATE) as info:
        add_unit(s, 'ES', s.lookup_unit('CS'))
    assert 'ES' in info.value.message
    assert s.get_n_units() == 4
    with reorg_error(Reorg.Error.DUPLICATE) as info:
        add_post(s, s.lookup_unit('FF'), '00009000')
    assert '00009000' in info.value.message
    assert s.get_n_posts() == 8
    # the original is untouched
    assert s.lookup_post('00009000').get_unit().get_reference() == 'SEO'


def test_move_unit(childrens_services):
    s = childrens_services
    seo, ff, cs = (s.lookup_unit(r) for r in ('SEO', 'FF', 'CS'))
    s.move_unit(seo, ff)
    assert seo.get_parent() == ff
    assert seo.get_depth() == 2
    assert [u.get_reference() for u in ff.children] == ['SEO']
    assert s.lookup_unit('ES').get_n_children() == 0
    s.move_unit(seo, None)
    assert seo.get_parent() is None
    assert seo.get_depth() == 0
    assert {u.get_reference() for u in s.roots} == {'CS', 'SEO'}
    s.move_unit(seo, cs)
    assert seo.get_depth() == 1


def test_move_unit_cycle(childrens_services):
    s = childrens_services
    cs, es, seo = (s.lookup_unit(r) for r in ('CS', 'ES', 'SEO'))
    with reorg_error(Reorg.Error.CYCLE):
        s.move_unit(cs, seo)
    with reorg_error(Reorg.Error.CYCLE):
        s.move_unit(es, es)
    with reorg_error(Reorg.Error.CYCLE):
        s.move_unit(es, seo)
    # nothing moved
    assert cs.get_parent() is None
    assert es.get_parent() == cs
    assert seo.get_parent() == es


def test_remove_unit(childrens_services):
    s = childrens_services
    cs, es, seo = (s.lookup_unit(r) for r in ('CS', 'ES', 'SEO'))
    with reorg_error(Reorg.Error.NOT_EMPTY):
        s.remove_unit(cs)        # holds units and a post
    with reorg_error(Reorg.Error.NOT_EMPTY):
        s.remove_unit(seo)       # holds posts
    assert s.get_n_units() == 4
    empty = add_unit(s, 'EMPTY', es)
    s.remove_unit(empty)
    assert s.get_n_units() == 4
    assert s.lookup_unit('EMPTY') is None
    assert empty.get_structure() is None
    assert 'EMPTY' not in {u.get_reference() for u in s.units}


def test_add_post_to_unknown_unit(childrens_services):
    s = childrens_services
    loose = Reorg.Unit.new('LOOSE', 'Not in the structure', Kind.TEAM)
    with reorg_error(Reorg.Error.NOT_FOUND):
        add_post(s, loose, 'X-1')
    assert s.lookup_post('X-1') is None
    assert s.get_n_posts() == 8


def test_move_and_remove_post(childrens_services):
    s = childrens_services
    p = s.lookup_post('FF-001')
    es = s.lookup_unit('ES')
    s.move_post(p, es)
    assert p.get_unit() == es
    assert 'FF-001' in {x.get_reference() for x in es.posts}
    assert 'FF-001' not in {x.get_reference()
                            for x in s.lookup_unit('FF').posts}
    s.remove_post(p)
    assert s.lookup_post('FF-001') is None
    assert p.get_structure() is None
    assert s.get_n_posts() == 7


def test_reports_to(childrens_services):
    s = childrens_services
    head = s.lookup_post('ES-HEAD')
    director = s.lookup_post('CS-DIR')
    seo1 = s.lookup_post('ES-SEO-01')
    assert seo1.get_reports_to() == head
    assert head.get_reports_to() == director
    assert head.get_n_reports() == 2
    assert director.get_n_reports() == 1
    # a post with direct reports cannot go
    with reorg_error(Reorg.Error.NOT_EMPTY):
        s.remove_post(head)
    s.set_reports_to(seo1, None)
    assert seo1.get_reports_to() is None
    assert head.get_n_reports() == 1


def test_reports_to_cycle(childrens_services):
    s = childrens_services
    head = s.lookup_post('ES-HEAD')
    director = s.lookup_post('CS-DIR')
    seo1 = s.lookup_post('ES-SEO-01')
    with reorg_error(Reorg.Error.CYCLE):
        s.set_reports_to(director, director)
    with reorg_error(Reorg.Error.CYCLE):
        s.set_reports_to(director, head)
    with reorg_error(Reorg.Error.CYCLE):
        s.set_reports_to(director, seo1)
    assert director.get_reports_to() is None
    assert head.get_reports_to() == director


def test_copy_and_equal(childrens_services):
    s = childrens_services
    c = s.copy()
    assert c != s  # distinct objects
    assert s.equal(c)
    assert c.get_n_posts() == 8
    assert c.lookup_post('00009000') is not s.lookup_post('00009000')
    assert c.lookup_post('ES-SEO-01').get_reports_to().get_reference() == \
        'ES-HEAD'
    c.lookup_post('FF-001').set_fte(fte('1'))
    assert not s.equal(c)
    assert s.lookup_post('FF-001').get_fte() == fte('0.94')


# ---- rollups ------------------------------------------------------------------

def python_totals(posts):
    """(posts, fte units, cost pence, vacant posts, vacant fte units)."""
    posts = list(posts)
    return (len(posts),
            sum(p.get_fte().units for p in posts),
            sum(p.get_annual_cost().pence for p in posts),
            sum(1 for p in posts if p.is_vacant()),
            sum(p.get_fte().units for p in posts if p.is_vacant()))


def library_totals(t):
    return (t.get_posts(), t.get_fte().units, t.get_cost().pence,
            t.get_vacant_posts(), t.get_vacant_fte().units)


def subtree_posts(unit):
    stack, out = [unit], []
    while stack:
        u = stack.pop()
        out.extend(u.posts)
        stack.extend(u.children)
    return out


def test_rollup_totals(childrens_services):
    s = childrens_services
    r = s.rollup(Dim.NONE)
    assert r.get_dimension() == Dim.NONE
    assert library_totals(r.get_total()) == python_totals(s.posts)
    for unit in s.units:
        assert library_totals(r.get_totals(unit)) == \
            python_totals(subtree_posts(unit)), unit.get_reference()
        assert library_totals(r.get_own_totals(unit)) == \
            python_totals(unit.posts), unit.get_reference()


def test_rollup_known_numbers(childrens_services):
    s = childrens_services
    r = s.rollup(Dim.NONE)
    seo = r.get_totals(s.lookup_unit('SEO'))
    assert seo.get_posts() == 3
    assert seo.get_fte() == fte('2.6')
    # 52000 * 1.25 + 52000 + 30000 + 7500
    assert seo.get_cost() == gbp('154500')
    assert seo.get_vacant_posts() == 1
    assert seo.get_vacant_fte() == fte('1')
    ff = r.get_totals(s.lookup_unit('FF'))
    assert ff.get_fte() == fte('19.94')
    assert ff.get_cost() == gbp('480000.50')
    total = r.get_total()
    assert total.get_posts() == 8
    assert total.get_fte() == fte('24.54')
    assert total.get_cost().to_decimal() == \
        Decimal('150000') + Decimal('81250') + Decimal('154500') + \
        Decimal('480000.50')
    assert repr(seo).startswith('<Reorg.Totals')
    assert 'posts=3' in repr(seo)
    assert 'fte=2.6' in repr(seo)
    assert '£154,500.00' in repr(seo)
    assert 'vacant=1' in repr(seo)


def test_rollup_is_a_snapshot(childrens_services):
    s = childrens_services
    r = s.rollup(Dim.NONE)
    add_post(s, s.lookup_unit('FF'), 'FF-004')
    assert r.get_total().get_posts() == 8
    assert s.rollup(Dim.NONE).get_total().get_posts() == 9


STATUS_KEYS = {Status.FILLED: 'filled', Status.VACANT: 'vacant',
               Status.FROZEN: 'frozen'}
TENURE_KEYS = {Tenure.PERMANENT: 'permanent', Tenure.TEMPORARY: 'temporary',
               Tenure.FIXED_TERM: 'fixed-term',
               Tenure.SECONDMENT: 'secondment'}


def funding_key(p):
    kind = {Funding.MAINSTREAM: 'mainstream', Funding.GRANT: 'grant',
            Funding.RESERVES: 'reserves',
            Funding.OTHER: 'other'}[p.get_funding_kind()]
    name = p.get_funding_name()
    return kind + (': ' + name if name else '')


KEY_OF = {
    Dim.STATUS: lambda p: STATUS_KEYS[p.get_status()],
    Dim.TENURE: lambda p: TENURE_KEYS[p.get_tenure()],
    Dim.FUNDING: funding_key,
    Dim.GRADE: lambda p: p.get_grade(),
}


def expected_breakdown(posts, key_of):
    groups = collections.defaultdict(list)
    for p in posts:
        groups[key_of(p)].append(p)
    return {k: python_totals(v) for k, v in groups.items()}


def library_breakdown(rollup, unit):
    rows = rollup.get_breakdown(unit)
    out = {}
    for t in rows:
        assert t.get_key() not in out, 'key twice: %r' % t.get_key()
        out[t.get_key()] = library_totals(t)
    return out


@pytest.mark.parametrize('dimension', [Dim.STATUS, Dim.TENURE, Dim.FUNDING,
                                       Dim.GRADE])
def test_rollup_breakdowns(childrens_services, dimension):
    s = childrens_services
    r = s.rollup(dimension)
    assert r.get_dimension() == dimension
    for unit in s.units:
        got = library_breakdown(r, unit)
        want = expected_breakdown(subtree_posts(unit), KEY_OF[dimension])
        assert got == want, unit.get_reference()
        # the rows add up to the unit's totals
        rows = list(got.values())
        assert sum(row[0] for row in rows) == r.get_totals(unit).get_posts()


def test_rollup_breakdown_status_values(childrens_services):
    s = childrens_services
    r = s.rollup(Dim.STATUS)
    got = library_breakdown(r, s.lookup_unit('CS'))
    assert got['filled'][0] == 6
    assert got['vacant'][0] == 1
    assert got['frozen'][0] == 1
    assert got['frozen'][1] == 185000
    # vacancies are the vacant and the frozen posts
    assert got['vacant'][3] == 1 and got['frozen'][3] == 1
    assert got['filled'][3] == 0
    assert list(got) == ['filled', 'vacant', 'frozen']


def test_rollup_breakdown_funding_values(childrens_services):
    s = childrens_services
    r = s.rollup(Dim.FUNDING)
    got = library_breakdown(r, s.lookup_unit('CS'))
    grants = {k: v for k, v in got.items() if 'grant' in k}
    assert len(grants) == 2
    abg = [v for k, v in grants.items() if 'ABG' in k]
    assert len(abg) == 1 and abg[0][:2] == (1, 6000)


def test_rollup_of_an_empty_structure():
    s = Reorg.Structure.new()
    r = s.rollup(Dim.NONE)
    assert library_totals(r.get_total()) == (0, 0, 0, 0, 0)
    u = add_unit(s, 'EMPTY')
    r = s.rollup(Dim.STATUS)
    assert library_totals(r.get_totals(u)) == (0, 0, 0, 0, 0)
    assert list(r.get_breakdown(u)) == []


# ---- big structures -------------------------------------------------------------

def test_deep_chain_of_100000_units():
    depth = 100000
    s = Reorg.Structure.new()
    parent = None
    units = []
    for i in range(depth):
        u = Reorg.Unit.new('U%d' % i, 'Unit %d' % i, Kind.TEAM)
        s.add_unit(u, parent)
        parent = u
        if i % 1000 == 0:
            units.append(u)
    bottom = parent
    assert bottom.get_depth() == depth - 1
    add_post(s, bottom, 'BOTTOM', fte_='0.5', salary='1000')
    add_post(s, units[1], 'MIDDLE', fte_='1', salary='2000')
    r = s.rollup(Dim.NONE)
    top = s.lookup_unit('U0')
    assert r.get_totals(top).get_posts() == 2
    assert r.get_totals(top).get_fte() == fte('1.5')
    assert r.get_totals(top).get_cost() == gbp('3000')
    assert r.get_totals(units[2]).get_posts() == 1
    assert r.get_totals(bottom).get_posts() == 1
    assert r.get_own_totals(top).get_posts() == 0
    # a cycle check that walks 100,000 levels
    with reorg_error(Reorg.Error.CYCLE):
        s.move_unit(top, bottom)
    # breakdowns too
    r = s.rollup(Dim.GRADE)
    assert library_breakdown(r, top) == {'SO1': python_totals(
        [s.lookup_post('BOTTOM'), s.lookup_post('MIDDLE')])}
    # and a copy, an equality test, and freeing it all
    c = s.copy()
    assert c.equal(s)
    del c, r, units, parent, bottom, top, u
    del s
    gc.collect()


def build_big(n_units, posts_per_unit, fan_out=8):
    """Builds n_units units (unit i's parent is unit (i-1)//fan_out) with
    posts_per_unit posts each, and returns the structure, the units and
    each unit's own expected totals computed in Python."""
    s = Reorg.Structure.new()
    units = []
    own = []
    ftes = [Reorg.Fte.new(u) for u in (10000, 6000, 9400, 185000, 5000)]
    salaries = [Reorg.Money.new(p) for p in (3000000, 2400050, 5200000,
                                             6500000, 1)]
    statuses = [Status.FILLED, Status.FILLED, Status.VACANT, Status.FROZEN]
    vacant_of = {st: Reorg.Post.new('x') for st in statuses}
    for st, p in vacant_of.items():
        p.set_status(st)
    vacant_of = {st: p.is_vacant() for st, p in vacant_of.items()}
    n = 0
    for i in range(n_units):
        u = Reorg.Unit.new('U%d' % i, 'Unit %d' % i, Kind.TEAM)
        s.add_unit(u, units[(i - 1) // fan_out] if i else None)
        units.append(u)
        count = fte_sum = cost = vacant = vacant_fte = 0
        for j in range(posts_per_unit):
            p = Reorg.Post.new('P%d' % n)
            f = ftes[n % 5]
            m = salaries[n % 7 % 5]
            st = statuses[n % 4]
            p.set_fte(f)
            p.set_salary(m)
            p.set_status(st)
            s.add_post(p, u)
            count += 1
            fte_sum += f.units
            cost += m.pence
            if vacant_of[st]:
                vacant += 1
                vacant_fte += f.units
            n += 1
        own.append([count, fte_sum, cost, vacant, vacant_fte])
    return s, units, own


def check_big(s, units, own, fan_out=8):
    expected = [list(o) for o in own]
    for i in range(len(units) - 1, 0, -1):
        parent = expected[(i - 1) // fan_out]
        for k in range(5):
            parent[k] += expected[i][k]
    r = s.rollup(Dim.NONE)
    assert list(library_totals(r.get_total())) == expected[0]
    for i, u in enumerate(units):
        got = library_totals(r.get_totals(u))
        if list(got) != expected[i]:
            pytest.fail('unit %s: %r != %r' % (u.get_reference(), got,
                                                expected[i]))
    return r


def test_100000_posts_in_5000_units():
    start = time.monotonic()
    s, units, own = build_big(5000, 20)
    assert s.get_n_posts() == 100000
    assert s.get_n_units() == 5000
    assert len(s.posts) == 100000
    assert s.lookup_post('P99999').get_unit().get_reference() == 'U4999'
    check_big(s, units, own)
    r = s.rollup(Dim.STATUS)
    rows = library_breakdown(r, units[0])
    assert sum(v[0] for v in rows.values()) == 100000
    assert rows['filled'][0] == 50000
    print('100,000 posts: %.1f s' % (time.monotonic() - start))


# About 12 s on a 2-core machine (most of it in building the posts through
# PyGObject), so it runs in the normal suite.
def test_1000000_posts_in_50000_units():
    start = time.monotonic()
    s, units, own = build_big(50000, 20)
    built = time.monotonic()
    assert s.get_n_posts() == 1000000
    assert s.get_n_units() == 50000
    check_big(s, units, own)
    checked = time.monotonic()
    print('1,000,000 posts: built in %.1f s, rolled up and checked in %.1f s'
          % (built - start, checked - built))
    del s, units
    gc.collect()
