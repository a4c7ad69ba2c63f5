# test_diff.py: the differences between two structures from Python: posts
# added, removed and changed with their fields, units added, removed, moved
# and renamed, per-unit rows and totals checked against sums made here, and
# the posts over a salary threshold.
#
# The scenarios are those of tests/test-diff.c.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import gc
import random

import gi
gi.require_version('Reorg', '1')
from gi.repository import Gio, GObject, Reorg  # noqa: E402

import pytest  # noqa: E402

from reorgtest import date, reorg_error  # noqa: E402

Status = Reorg.PostStatus
Fields = Reorg.PostFields
UnitFields = Reorg.UnitFields
Tenure = Reorg.Tenure
Funding = Reorg.FundingKind


def gbp(text):
    return Reorg.Money.from_decimal(text)


def add_unit(s, ref, name, parent):
    unit = Reorg.Unit.new(ref, name, Reorg.UnitKind.TEAM)
    s.add_unit(unit, parent)
    return unit


def add_post(s, ref, unit, fte_units, salary_pence, status=Status.FILLED):
    post = Reorg.Post.new(ref)
    post.set_fte(Reorg.Fte.new(fte_units))
    post.set_salary(Reorg.Money.new(salary_pence))
    post.set_status(status)
    s.add_post(post, unit)
    return post


def small_structure():
    """CS (Children's Services, 1 post)
         ES (Education Services) -> SEO (2 posts), LSO (1 post)
         FS (Family Services) -> FISS (3 posts)
    SEO1 and SEO2 report to DD."""
    s = Reorg.Structure.new()
    cs = add_unit(s, 'CS', "Children's Services", None)
    es = add_unit(s, 'ES', 'Education Services', cs)
    seo = add_unit(s, 'SEO', 'Senior Education Officers', es)
    lso = add_unit(s, 'LSO', 'Local Support Officers', es)
    fs = add_unit(s, 'FS', 'Family Services', cs)
    fiss = add_unit(s, 'FISS', 'Family Intervention Support', fs)
    dd = add_post(s, 'DD', cs, 10000, 9000000)
    p = add_post(s, 'SEO1', seo, 10000, 5200000)
    p.set_title('Senior Education Officer')
    p.set_grade('SO2')
    s.set_reports_to(p, dd)
    p = add_post(s, 'SEO2', seo, 10000, 5200000, Status.VACANT)
    s.set_reports_to(p, dd)
    p = add_post(s, 'LSO1', lso, 6000, 2800000)
    p.set_tenure(Tenure.TEMPORARY)
    p.set_funding(Funding.GRANT, 'Standards Fund')
    add_post(s, 'FW1', fiss, 5000, 1200000)
    add_post(s, 'FW2', fiss, 5000, 1200000, Status.FROZEN)
    add_post(s, 'FW3', fiss, 10000, 2400000)
    return s


def refs(model):
    return [x.get_reference() for x in model]


def totals(t):
    """(posts, fte units, cost pence, vacant posts) of a Reorg.Totals."""
    return (t.get_posts(), t.get_fte().units, t.get_cost().pence,
            t.get_vacant_posts())


def change(row):
    """(posts, fte units, cost pence, vacancies) changes of a row."""
    return (row.get_posts_change(), row.get_fte_change().units,
            row.get_cost_change().pence, row.get_vacancies_change())


def python_totals(posts):
    """(posts, fte units, cost pence, vacant posts, vacant fte units) of a
    list of posts, summed here."""
    posts = list(posts)
    return (len(posts),
            sum(p.get_fte().units for p in posts),
            sum(p.get_annual_cost().pence for p in posts),
            sum(1 for p in posts if p.get_status() != Status.FILLED),
            sum(p.get_fte().units for p in posts
                if p.get_status() != Status.FILLED))


def subtree_posts(unit):
    stack, out = [unit], []
    while stack:
        u = stack.pop()
        out.extend(u.get_posts())
        stack.extend(u.get_children())
    return out


def assert_empty(diff):
    assert diff.is_empty()
    assert len(diff.get_posts_added()) == 0
    assert len(diff.get_posts_removed()) == 0
    assert len(diff.get_posts_changed()) == 0
    assert len(diff.get_units_added()) == 0
    assert len(diff.get_units_removed()) == 0
    assert len(diff.get_units_moved()) == 0
    assert len(diff.get_units_renamed()) == 0
    assert len(diff.get_posts_over(None, True)) == 0
    assert len(diff.get_posts_over(None, False)) == 0
    for row in diff.get_rows():
        assert change(row) == (0, 0, 0, 0)
        assert row.get_vacant_fte_change().units == 0
        assert row.get_unit_fields() == UnitFields.NONE
        assert totals(row.get_before()) == totals(row.get_after())
    assert change(diff.get_total()) == (0, 0, 0, 0)


# ---- identical structures ---------------------------------------------------

def test_identical():
    before = small_structure()
    after = before.copy()
    diff = Reorg.Diff.new(before, after)
    assert_empty(diff)
    assert_empty(Reorg.Diff.new(before, before))
    assert diff.get_before() == before
    assert diff.get_after() == after
    assert len(diff.get_rows()) == 6
    total = diff.get_total()
    assert totals(total.get_before()) == (7, 56000, 27000000, 2)
    assert totals(total.get_after()) == (7, 56000, 27000000, 2)
    assert total.get_reference() is None
    assert total.get_name() is None
    assert total.get_before_unit() is None
    assert total.get_after_unit() is None
    assert total.get_depth() == 0


def test_empty_structures():
    diff = Reorg.Diff.new(Reorg.Structure.new(), Reorg.Structure.new())
    assert_empty(diff)
    assert len(diff.get_rows()) == 0
    assert totals(diff.get_total().get_before()) == (0, 0, 0, 0)
    assert diff.lookup_row('CS') is None
    assert diff.lookup_post_change('DD') is None


def test_date_and_order_are_not_differences():
    before = small_structure()
    after = before.copy()
    after.set_date(date(2011, 4, 1))
    fw1 = after.lookup_post('FW1')
    after.move_post(fw1, after.lookup_unit('CS'))
    after.move_post(fw1, after.lookup_unit('FISS'))   # now last in FISS
    assert_empty(Reorg.Diff.new(before, after))


# ---- each field of a post -----------------------------------------------------

def seo1(s):
    return s.lookup_post('SEO1')


def mutate_manager_object(s):
    """A new manager post with the same reference as the old one is the
    same manager: references identify posts across structures."""
    dd = s.lookup_post('DD')
    twin = Reorg.Post.new('DD')
    twin.set_fte(dd.get_fte())
    twin.set_salary(dd.get_salary())
    s.set_reports_to(seo1(s), None)
    s.set_reports_to(s.lookup_post('SEO2'), None)
    s.remove_post(dd)
    s.add_post(twin, s.lookup_unit('CS'))
    s.set_reports_to(seo1(s), twin)
    s.set_reports_to(s.lookup_post('SEO2'), twin)


def mutate_several(s):
    seo1(s).set_title('Lead Education Officer')
    seo1(s).set_salary(Reorg.Money.new(5500000))
    s.move_post(seo1(s), s.lookup_unit('LSO'))
    seo1(s).set_job_family('Education')


POST_CASES = [
    ('title', None, lambda s: seo1(s).set_title('Lead Education Officer'), Fields.TITLE),
    ('same-title', None, lambda s: seo1(s).set_title('Senior Education Officer'), Fields.NONE),
    ('grade', None, lambda s: seo1(s).set_grade('SO3'), Fields.GRADE),
    ('grade-unset', None, lambda s: seo1(s).set_grade(None), Fields.GRADE),
    ('fte', None, lambda s: seo1(s).set_fte(Reorg.Fte.new(8108)), Fields.FTE),
    ('salary', None, lambda s: seo1(s).set_salary(Reorg.Money.new(5500000)), Fields.SALARY),
    ('salary-at-rate', lambda s: seo1(s).set_on_cost_rate(2500),
     lambda s: seo1(s).set_salary(Reorg.Money.new(5500000)), Fields.SALARY),
    ('on-costs', None, lambda s: seo1(s).set_on_costs(Reorg.Money.new(1000000)), Fields.ON_COSTS),
    ('on-cost-rate', lambda s: seo1(s).set_on_cost_rate(2500),
     lambda s: seo1(s).set_on_cost_rate(2800), Fields.ON_COSTS),
    # The same amount as the 25% rate gives, now as an explicit amount.
    ('rate-to-amount', lambda s: seo1(s).set_on_cost_rate(2500),
     lambda s: seo1(s).set_on_costs(Reorg.Money.new(1300000)), Fields.ON_COSTS),
    ('status', None, lambda s: seo1(s).set_status(Status.VACANT), Fields.STATUS),
    ('tenure', None, lambda s: seo1(s).set_tenure(Tenure.FIXED_TERM), Fields.TENURE),
    ('funding-kind', None, lambda s: seo1(s).set_funding(Funding.RESERVES, None), Fields.FUNDING),
    ('grant-name', lambda s: seo1(s).set_funding(Funding.GRANT, 'Standards Fund'),
     lambda s: seo1(s).set_funding(Funding.GRANT, 'Sure Start'), Fields.FUNDING),
    ('unit', None, lambda s: s.move_post(seo1(s), s.lookup_unit('LSO')), Fields.UNIT),
    ('reports-to', None, lambda s: s.set_reports_to(seo1(s), s.lookup_post('FW3')),
     Fields.REPORTS_TO),
    ('reports-to-none', None, lambda s: s.set_reports_to(seo1(s), None), Fields.REPORTS_TO),
    ('job-family', None, lambda s: seo1(s).set_job_family('Education'), Fields.JOB_FAMILY),
    ('manager-object', None, mutate_manager_object, Fields.NONE),
    ('several', None, mutate_several,
     Fields.TITLE | Fields.SALARY | Fields.UNIT | Fields.JOB_FAMILY),
]


@pytest.mark.parametrize('name, prepare, mutate, fields', POST_CASES,
                         ids=[c[0] for c in POST_CASES])
def test_post_field(name, prepare, mutate, fields):
    before = small_structure()
    if prepare is not None:
        prepare(before)
    after = before.copy()
    mutate(after)
    diff = Reorg.Diff.new(before, after)
    changed = diff.get_posts_changed()
    assert len(diff.get_posts_added()) == 0
    assert len(diff.get_posts_removed()) == 0
    assert len(diff.get_units_moved()) == 0
    if fields == Fields.NONE:
        assert len(changed) == 0
        assert diff.is_empty()
        return
    assert not diff.is_empty()
    assert len(changed) == 1
    c = changed[0]
    assert c.get_reference() == 'SEO1'
    assert c.get_fields() == fields
    assert isinstance(c.get_fields(), Reorg.PostFields)
    assert c.get_before() == before.lookup_post('SEO1')
    assert c.get_after() == after.lookup_post('SEO1')
    assert diff.lookup_post_change('SEO1').get_fields() == fields
    assert diff.lookup_post_change('SEO2') is None
    assert diff.lookup_post_change('NOPE') is None


def test_post_changes_in_rows():
    """The rows follow the posts' changes: FTE, cost, vacancies, and a post
    moving between units."""
    before = small_structure()
    after = before.copy()
    seo1(after).set_fte(Reorg.Fte.new(8108))                         # 1.0 -> 0.8108
    after.lookup_post('FW3').set_salary(Reorg.Money.new(2500000))    # +£1,000
    after.lookup_post('FW2').set_status(Status.FILLED)
    after.move_post(after.lookup_post('LSO1'), after.lookup_unit('FISS'))
    diff = Reorg.Diff.new(before, after)

    assert change(diff.lookup_row('SEO')) == (0, -1892, 0, 0)
    assert change(diff.lookup_row('LSO')) == (-1, -6000, -2800000, 0)
    assert change(diff.lookup_row('ES')) == (-1, -7892, -2800000, 0)
    assert change(diff.lookup_row('FISS')) == (1, 6000, 2900000, -1)
    assert change(diff.lookup_row('FS')) == (1, 6000, 2900000, -1)
    assert change(diff.lookup_row('CS')) == (0, -1892, 100000, -1)
    assert change(diff.get_total()) == (0, -1892, 100000, -1)
    assert diff.lookup_row('FISS').get_vacant_fte_change().units == -5000
    assert totals(diff.lookup_row('FISS').get_before()) == (3, 20000, 4800000, 1)
    assert totals(diff.lookup_row('FISS').get_after()) == (4, 26000, 7700000, 0)

    changed = diff.get_posts_changed()
    assert [c.get_reference() for c in changed] == ['FW2', 'FW3', 'LSO1', 'SEO1']
    assert [c.get_fields() for c in changed] == \
        [Fields.STATUS, Fields.SALARY, Fields.UNIT, Fields.FTE]
    assert changed[1].get_before().get_salary().pence == 2400000
    assert changed[1].get_after().get_salary().pence == 2500000


# ---- posts added and removed ------------------------------------------------

def test_posts_added_and_removed():
    before = small_structure()
    after = before.copy()
    fiss = after.lookup_unit('FISS')
    # Families First replaces FW1 and FW2; references sort as text.
    after.remove_post(after.lookup_post('FW2'))
    after.remove_post(after.lookup_post('FW1'))
    add_post(after, 'FF2', fiss, 10000, 3000000, Status.VACANT)
    ff10 = add_post(after, 'FF10', fiss, 5000, 1500000)
    add_post(after, '00009000', after.lookup_unit('CS'), 10000, 6500000, Status.VACANT)
    diff = Reorg.Diff.new(before, after)

    assert not diff.is_empty()
    added = diff.get_posts_added()
    removed = diff.get_posts_removed()
    assert isinstance(added, Gio.ListModel)
    assert added.get_item_type() == Reorg.Post.__gtype__
    assert refs(added) == ['00009000', 'FF10', 'FF2']
    assert refs(removed) == ['FW1', 'FW2']
    assert added[1] == ff10
    assert removed[0] == before.lookup_post('FW1')
    assert added.get_item(3) is None
    assert len(diff.get_posts_changed()) == 0
    assert len(diff.get_units_added()) == 0

    # FISS: -0.5 -0.5 +1.0 +0.5; -£12,000 -£12,000 +£30,000 +£15,000;
    # vacancies: -1 (FW2 frozen) +1 (FF2).
    assert change(diff.lookup_row('FISS')) == (0, 5000, 2100000, 0)
    assert change(diff.lookup_row('CS')) == (1, 15000, 8600000, 1)
    assert change(diff.get_total()) == (1, 15000, 8600000, 1)
    assert totals(diff.get_total().get_after()) == (8, 71000, 35600000, 3)


# ---- units ------------------------------------------------------------------

def test_units_added_removed_moved_renamed():
    before = small_structure()
    old = add_unit(before, 'OLD', 'Old Team', before.lookup_unit('CS'))
    add_post(before, 'X1', old, 10000, 3000000)
    add_post(before, 'X2', old, 10000, 3000000, Status.VACANT)
    after = before.copy()

    after.lookup_unit('FS').set_name('Early Help')
    after.lookup_unit('ES').set_kind(Reorg.UnitKind.DIRECTORATE)
    after.lookup_unit('FISS').set_place(Reorg.PlaceKind.AREA, 'North')
    after.move_unit(after.lookup_unit('LSO'), after.lookup_unit('FS'))
    ff = add_unit(after, 'FF', 'Families First', after.lookup_unit('FS'))
    add_post(after, 'FF1', ff, 10000, 3500000)
    after.move_unit(after.lookup_unit('SEO'), None)
    after.lookup_unit('SEO').set_name('Senior Officers')
    after.remove_post(after.lookup_post('X1'))
    after.remove_post(after.lookup_post('X2'))
    after.remove_unit(after.lookup_unit('OLD'))
    diff = Reorg.Diff.new(before, after)

    assert not diff.is_empty()
    assert refs(diff.get_units_added()) == ['FF']
    assert refs(diff.get_units_removed()) == ['OLD']
    assert refs(diff.get_units_moved()) == ['LSO', 'SEO']
    assert refs(diff.get_units_renamed()) == ['FS', 'SEO']
    assert refs(diff.get_posts_added()) == ['FF1']
    assert refs(diff.get_posts_removed()) == ['X1', 'X2']
    assert diff.get_units_moved()[0] == after.lookup_unit('LSO')
    assert diff.get_units_removed()[0] == old
    assert diff.get_units_renamed()[0].get_name() == 'Early Help'
    assert diff.get_units_added().get_item_type() == Reorg.Unit.__gtype__
    # Posts of a moved unit have not changed.
    assert len(diff.get_posts_changed()) == 0

    # Rows: the after tree in pre-order, then the removed units.
    rows = diff.get_rows()
    assert [(r.get_reference(), r.get_depth()) for r in rows] == [
        ('CS', 0), ('ES', 1), ('FS', 1), ('FISS', 2), ('LSO', 2), ('FF', 2),
        ('SEO', 0), ('OLD', 1)]
    for r in rows:
        assert diff.lookup_row(r.get_reference()).get_reference() == r.get_reference()
    assert diff.lookup_row('NOPE') is None

    row = diff.lookup_row('FS')
    assert row.get_unit_fields() == UnitFields.NAME
    assert row.get_name() == 'Early Help'
    assert row.get_before_unit().get_name() == 'Family Services'
    assert row.get_before_unit() == before.lookup_unit('FS')
    assert row.get_after_unit() == after.lookup_unit('FS')
    # FS gained LSO (0.6, £28,000) and FF (1.0, £35,000).
    assert totals(row.get_before()) == (3, 20000, 4800000, 1)
    assert totals(row.get_after()) == (5, 36000, 11100000, 1)
    assert change(row) == (2, 16000, 6300000, 0)

    assert diff.lookup_row('SEO').get_unit_fields() == \
        UnitFields.NAME | UnitFields.PARENT
    assert change(diff.lookup_row('SEO')) == (0, 0, 0, 0)
    assert diff.lookup_row('LSO').get_unit_fields() == UnitFields.PARENT
    assert diff.lookup_row('ES').get_unit_fields() == UnitFields.KIND
    assert diff.lookup_row('FISS').get_unit_fields() == UnitFields.PLACE
    assert diff.lookup_row('CS').get_unit_fields() == UnitFields.NONE
    # ES lost SEO and LSO.
    assert totals(diff.lookup_row('ES').get_after()) == (0, 0, 0, 0)
    assert change(diff.lookup_row('ES')) == (-3, -26000, -13200000, -1)

    # Added: nothing before.
    row = diff.lookup_row('FF')
    assert row.get_before_unit() is None
    assert row.get_unit_fields() == UnitFields.NONE
    assert totals(row.get_before()) == (0, 0, 0, 0)
    assert totals(row.get_after()) == (1, 10000, 3500000, 0)

    # Removed: nothing after; depth and name from before.
    row = diff.lookup_row('OLD')
    assert row.get_after_unit() is None
    assert row.get_before_unit() == old
    assert row.get_name() == 'Old Team'
    assert totals(row.get_before()) == (2, 20000, 6000000, 1)
    assert totals(row.get_after()) == (0, 0, 0, 0)
    assert change(row) == (-2, -20000, -6000000, -1)
    assert row.get_vacant_fte_change().units == -10000

    # CS lost SEO (to the top level) and OLD; it gained FF.
    assert change(diff.lookup_row('CS')) == (-3, -30000, -12900000, -2)
    assert totals(diff.get_total().get_before()) == (9, 76000, 33000000, 3)
    assert change(diff.get_total()) == (-1, -10000, -2500000, -1)


def test_removed_subtree():
    before = small_structure()
    after = before.copy()
    # FS and FISS close; ES becomes a top-level unit.
    for ref in ('FW1', 'FW2', 'FW3'):
        after.remove_post(after.lookup_post(ref))
    after.remove_unit(after.lookup_unit('FISS'))
    after.remove_unit(after.lookup_unit('FS'))
    after.move_unit(after.lookup_unit('ES'), None)
    diff = Reorg.Diff.new(before, after)

    assert refs(diff.get_units_removed()) == ['FISS', 'FS']
    assert refs(diff.get_units_moved()) == ['ES']
    assert [(r.get_reference(), r.get_depth()) for r in diff.get_rows()] == [
        ('CS', 0), ('ES', 0), ('SEO', 1), ('LSO', 1), ('FS', 1), ('FISS', 2)]
    assert change(diff.lookup_row('FS')) == (-3, -20000, -4800000, -1)
    assert change(diff.lookup_row('FISS')) == (-3, -20000, -4800000, -1)
    assert change(diff.lookup_row('ES')) == (0, 0, 0, 0)
    assert change(diff.lookup_row('CS')) == (-6, -46000, -18000000, -2)
    assert change(diff.get_total()) == (-3, -20000, -4800000, -1)


# ---- rows and totals against sums made in Python ----------------------------

def check_rows_against_python(diff, before, after):
    """Every row's before, after and change, and the total, against sums
    over the posts of each unit's subtree made here."""
    seen = set()
    for row in diff.get_rows():
        ref = row.get_reference()
        assert ref not in seen, ref
        seen.add(ref)
        bu = before.lookup_unit(ref)
        au = after.lookup_unit(ref)
        assert (row.get_before_unit() is None) == (bu is None)
        assert (row.get_after_unit() is None) == (au is None)
        b = python_totals(subtree_posts(bu)) if bu else (0, 0, 0, 0, 0)
        a = python_totals(subtree_posts(au)) if au else (0, 0, 0, 0, 0)
        assert totals(row.get_before()) == b[:4], ref
        assert totals(row.get_after()) == a[:4], ref
        assert row.get_before().get_vacant_fte().units == b[4], ref
        assert row.get_after().get_vacant_fte().units == a[4], ref
        assert change(row) == tuple(x - y for x, y in zip(a[:4], b[:4])), ref
        assert row.get_vacant_fte_change().units == a[4] - b[4], ref
        depth = (au or bu).get_depth()
        assert row.get_depth() == depth, ref
    assert seen == {u.get_reference() for u in before.get_units()} | \
        {u.get_reference() for u in after.get_units()}
    b = python_totals(before.get_posts())
    a = python_totals(after.get_posts())
    total = diff.get_total()
    assert totals(total.get_before()) == b[:4]
    assert totals(total.get_after()) == a[:4]
    assert change(total) == tuple(x - y for x, y in zip(a[:4], b[:4]))
    # The top-level rows add up to the total.
    for i in range(4):
        assert sum(totals(r.get_after())[i] for r in diff.get_rows()
                   if r.get_after_unit() is not None and r.get_depth() == 0) == a[i]


def test_small_rows_against_python_sums():
    before = small_structure()
    after = before.copy()
    after.move_unit(after.lookup_unit('LSO'), after.lookup_unit('FISS'))
    after.remove_post(after.lookup_post('FW2'))
    add_post(after, 'NEW', after.lookup_unit('SEO'), 2500, 1000001, Status.FROZEN)
    after.lookup_post('DD').set_on_cost_rate(2800)
    diff = Reorg.Diff.new(before, after)
    check_rows_against_python(diff, before, after)


def test_random_rows_against_python_sums():
    """A structure of 3,000 posts in 4 directorates of 5 services of 4
    teams, changed at random in every way a diff sees."""
    rng = random.Random(2010)
    before = Reorg.Structure.new()
    root = add_unit(before, 'ROOT', 'Council', None)
    teams = []
    for d in range(4):
        directorate = add_unit(before, 'D%d' % d, 'D%d' % d, root)
        for v in range(5):
            service = add_unit(before, 'D%d-S%d' % (d, v), 'S', directorate)
            for t in range(4):
                teams.append(add_unit(before, 'D%d-S%d-T%d' % (d, v, t), 'T', service))
    closing = add_unit(before, 'CLOSING', 'Closing', before.lookup_unit('D1'))
    add_post(before, 'C1', closing, 10000, 3000000)
    for i in range(3000):
        post = add_post(before, 'P%05d' % i, teams[i % len(teams)],
                        rng.choice([10000, 6000, 8108, 5000]),
                        1800000 + rng.randrange(6000000),
                        Status.VACANT if i % 10 == 0 else Status.FILLED)
        if i % 13 == 0:
            post.set_on_cost_rate(2800)

    after = before.copy()
    after_teams = [after.lookup_unit(t.get_reference()) for t in teams]
    expected_fields = {}
    removed, added = [], []
    for i in range(3000):
        if rng.randrange(10):
            continue
        ref = 'P%05d' % i
        post = after.lookup_post(ref)
        way = rng.randrange(5)
        if way == 0:
            after.remove_post(post)
            removed.append(ref)
        elif way == 1:
            post.set_salary(post.get_salary() + gbp('1500'))
            expected_fields[ref] = Fields.SALARY
        elif way == 2:
            post.set_fte(Reorg.Fte.new(5000 if post.get_fte().units == 10000 else 10000))
            expected_fields[ref] = Fields.FTE
        elif way == 3:
            post.set_status(Status.FROZEN if post.get_status() == Status.FILLED
                            else Status.FILLED)
            expected_fields[ref] = Fields.STATUS
        else:
            target = rng.choice(after_teams)
            if target != post.get_unit():
                after.move_post(post, target)
                expected_fields[ref] = Fields.UNIT
    for i in range(60):
        ref = 'N%03d' % i
        add_post(after, ref, rng.choice(after_teams), 10000,
                 2000000 + rng.randrange(5000000), Status.VACANT)
        added.append(ref)
    after.remove_post(after.lookup_post('C1'))
    after.remove_unit(after.lookup_unit('CLOSING'))
    add_unit(after, 'OPEN', 'New', after.lookup_unit('D2'))
    after.move_unit(after.lookup_unit('D0-S1'), after.lookup_unit('D3'))
    after.lookup_unit('D1-S2-T3').set_name('Renamed team')
    diff = Reorg.Diff.new(before, after)

    assert refs(diff.get_posts_removed()) == sorted(removed + ['C1'])
    assert refs(diff.get_posts_added()) == sorted(added)
    changed = diff.get_posts_changed()
    assert {c.get_reference(): c.get_fields() for c in changed} == expected_fields
    assert [c.get_reference() for c in changed] == sorted(expected_fields)
    assert refs(diff.get_units_added()) == ['OPEN']
    assert refs(diff.get_units_removed()) == ['CLOSING']
    assert refs(diff.get_units_moved()) == ['D0-S1']
    assert refs(diff.get_units_renamed()) == ['D1-S2-T3']

    check_rows_against_python(diff, before, after)

    # The posts over £50,000 and £45,000, selected here.
    for pounds in (None, '50000', '45000', '0'):
        threshold = None if pounds is None else gbp(pounds)
        limit = (threshold or gbp('50000')).pence
        for established, model in ((True, diff.get_posts_added()),
                                   (False, diff.get_posts_removed())):
            want = [p.get_reference() for p in model
                    if p.get_salary().pence > limit]
            assert refs(diff.get_posts_over(threshold, established)) == want


# ---- posts over a salary threshold -----------------------------------------

def test_posts_over_threshold():
    before = small_structure()
    es = before.lookup_unit('ES')
    # Salaries are what counts, not on-costs: O1 costs over £50,000 in all.
    add_post(before, 'A50', es, 10000, 5000000)
    add_post(before, 'A50p', es, 10000, 5000001)
    add_post(before, 'A45', es, 10000, 4500000)
    add_post(before, 'A46', es, 5000, 4600000, Status.VACANT)
    add_post(before, 'A40', es, 10000, 4000000)
    add_post(before, 'O1', es, 10000, 4900000).set_on_costs(Reorg.Money.new(1500000))
    after = before.copy()
    for ref in ('A50', 'A50p', 'A45', 'A46', 'A40', 'O1', 'SEO2'):
        after.remove_post(after.lookup_post(ref))
    es = after.lookup_unit('ES')
    for ref, pence in (('N65a', 6500000), ('N65b', 6500000), ('N50', 5000000),
                       ('N30', 3000000)):
        add_post(after, ref, es, 10000, pence, Status.VACANT)
    diff = Reorg.Diff.new(before, after)
    t45, t50 = gbp('45000'), gbp('50000')

    # Strictly more than £50,000 by default.
    assert Reorg.DIFF_DEFAULT_THRESHOLD_PENCE == 5000000
    assert refs(diff.get_posts_over(None, True)) == ['N65a', 'N65b']
    assert refs(diff.get_posts_over(t50, True)) == ['N65a', 'N65b']
    assert refs(diff.get_posts_over(None, False)) == ['A50p', 'SEO2']
    assert refs(diff.get_posts_over(t50, False)) == ['A50p', 'SEO2']
    # More than £45,000: the £45,000 post is not, the £46,000 half-time is.
    assert refs(diff.get_posts_over(t45, False)) == ['A46', 'A50', 'A50p', 'O1', 'SEO2']
    assert refs(diff.get_posts_over(t45, True)) == ['N50', 'N65a', 'N65b']
    assert refs(diff.get_posts_over(Reorg.Money.new(0), True)) == \
        ['N30', 'N50', 'N65a', 'N65b']
    # A fresh model each time, of posts.
    a = diff.get_posts_over(None, True)
    assert a != diff.get_posts_over(None, True)
    assert a.get_item_type() == Reorg.Post.__gtype__


def test_posts_over_threshold_manchester():
    """Manchester, December 2010: two new posts over £50,000 established; 19
    posts over £50,000 and 36 over £45,000 disestablished."""
    before = Reorg.Structure.new()
    cs = add_unit(before, 'CS', "Children's Services", None)
    for i in range(60):
        if i < 19:
            salary = 5000001 + i * 100000
        elif i < 36:
            salary = 4500001 + (i - 19) * 29000
        else:
            salary = 3000000 + (i - 36) * 62500
        add_post(before, 'SP%02d' % i, cs, 10000, salary)
    after = before.copy()
    for i in range(40):
        after.remove_post(after.lookup_post('SP%02d' % i))
    for ref in ('HEAD-FF', 'HEAD-BS'):
        add_post(after, ref, after.lookup_unit('CS'), 10000, 6500000, Status.VACANT)
    diff = Reorg.Diff.new(before, after)
    assert len(diff.get_posts_over(None, True)) == 2
    assert len(diff.get_posts_over(None, False)) == 19
    assert len(diff.get_posts_over(gbp('45000'), False)) == 36
    assert len(diff.get_posts_removed()) == 40


# ---- a diff of a proposal ---------------------------------------------------

def test_diff_of_an_applied_proposal():
    before = small_structure()
    d = date(2011, 4, 1)
    tpl = Reorg.Post.new('T')
    tpl.set_title('Families First Worker')
    tpl.set_salary(gbp('26000'))
    tpl.set_status(Status.VACANT)
    p = Reorg.Proposal.new('FISS to Families First')
    p.add_change(Reorg.Change.new_disestablish_unit_posts(d, 'FISS', None))
    p.add_change(Reorg.Change.new_create_unit(
        d, Reorg.Unit.new('FF', 'Families First', Reorg.UnitKind.TEAM), 'FS'))
    p.add_change(Reorg.Change.new_establish_posts(d, tpl, 'FF', Reorg.Fte.from_decimal('2.5'), 'FF'))
    p.add_change(Reorg.Change.new_regrade(d, 'SEO1', 'SO3', gbp('56000')))
    p.add_change(Reorg.Change.new_rename_unit(d, 'FS', 'Early Help'))
    after = p.apply(before, None)
    diff = Reorg.Diff.new(before, after)

    assert refs(diff.get_posts_removed()) == ['FW1', 'FW2', 'FW3']
    assert refs(diff.get_posts_added()) == ['FF-001', 'FF-002', 'FF-003']
    assert [(c.get_reference(), c.get_fields()) for c in diff.get_posts_changed()] == \
        [('SEO1', Fields.GRADE | Fields.SALARY)]
    assert refs(diff.get_units_added()) == ['FF']
    assert refs(diff.get_units_renamed()) == ['FS']
    assert refs(diff.get_posts_over(None, False)) == []
    # FISS: -2 FTE, -£48,000; FF: +2.5 FTE, +£65,000 (the half post pro rata).
    assert change(diff.lookup_row('FISS')) == (-3, -20000, -4800000, -1)
    assert change(diff.lookup_row('FF')) == (3, 25000, 6500000, 3)
    assert change(diff.lookup_row('FS')) == (0, 5000, 1700000, 2)
    assert change(diff.get_total()) == (0, 5000, 1700000 + 400000, 2)
    check_rows_against_python(diff, before, after)


# ---- the diff's objects -----------------------------------------------------

def test_diff_keeps_its_structures():
    before = small_structure()
    after = before.copy()
    add_post(after, 'NEW', after.lookup_unit('FISS'), 10000, 100)
    seo1(after).set_salary(Reorg.Money.new(5500000))
    diff = Reorg.Diff.new(before, after)
    del before, after
    gc.collect()

    # The diff holds both structures: its posts are still placed.
    post = diff.get_posts_added()[0]
    assert post.get_unit().get_reference() == 'FISS'
    assert post.get_structure() == diff.get_after()

    # Copies of rows and changes outlive the diff.
    row = diff.lookup_row('FISS').copy()
    post_change = diff.lookup_post_change('SEO1').copy()
    total = diff.get_total().copy()
    rows = diff.get_rows()
    changed = diff.get_posts_changed()
    del diff
    gc.collect()
    assert change(total) == (1, 10000, 300100, 0)
    assert row.get_reference() == 'FISS'
    assert row.get_name() == 'Family Intervention Support'
    assert change(row) == (1, 10000, 100, 0)
    assert post_change.get_reference() == 'SEO1'
    assert post_change.get_fields() == Fields.SALARY
    assert post_change.get_after().get_salary().pence == 5500000
    assert post_change.get_before().get_salary().pence == 5200000
    assert [r.get_reference() for r in rows][0] == 'CS'
    assert changed[0].get_reference() == 'SEO1'


def test_overflow_is_an_error():
    before = small_structure()
    after = before.copy()
    big = (1 << 62) + 1
    add_post(after, 'BIG1', after.lookup_unit('FISS'), 10000, big)
    add_post(after, 'BIG2', after.lookup_unit('FISS'), 10000, big)
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.Diff.new(before, after)
    with reorg_error(Reorg.Error.OVERFLOW):
        Reorg.Diff.new(after, before)


def test_flags_types():
    assert issubclass(Reorg.PostFields, GObject.GFlags)
    assert issubclass(Reorg.UnitFields, GObject.GFlags)
    both = Fields.ON_COSTS | Fields.REPORTS_TO
    assert both & Fields.ON_COSTS
    assert not both & Fields.TITLE
    assert int(UnitFields.NAME | UnitFields.PARENT) == 3


# ---- the Python override ----------------------------------------------------

def test_override_reprs():
    before = small_structure()
    after = before.copy()
    seo1(after).set_grade('SO3')
    seo1(after).set_salary(Reorg.Money.new(5500000))
    for ref in ('FW1', 'FW2', 'FW3'):
        after.remove_post(after.lookup_post(ref))
    diff = Reorg.Diff.new(before, after)
    assert repr(diff.get_posts_changed()[0]) == "<Reorg.PostChange 'SEO1' grade|salary>"
    assert repr(diff.lookup_row('FISS')) == \
        "<Reorg.DiffRow 'FISS' posts=-3 fte=-2 cost=-£48,000.00 vacant=-1>"
    assert repr(diff.lookup_row('SEO')) == \
        "<Reorg.DiffRow 'SEO' posts=+0 fte=+0 cost=+£3,000.00 vacant=+0>"
    assert repr(diff.get_total()) == \
        "<Reorg.DiffRow total posts=-3 fte=-2 cost=-£45,000.00 vacant=-1>"
