# test_proposal.py: changes and proposals from Python: every kind of change,
# validation that reports every problem at once, applying as at any date,
# the bulk forms, proposals saved in a plan, and 100,000 changes.
#
# The scenarios are those of tests/test-change.c and tests/test-proposal.c.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import gc

import gi
gi.require_version('Reorg', '1')
from gi.repository import Gio, GLib, Reorg  # noqa: E402

import pytest  # noqa: E402

from reorgtest import date, reorg_error, ymd  # noqa: E402

Kind = Reorg.ChangeKind
Cond = Reorg.ConditionKind
Status = Reorg.PostStatus
Tenure = Reorg.Tenure
Funding = Reorg.FundingKind
UnitKind = Reorg.UnitKind


def fte(text):
    return Reorg.Fte.from_decimal(text)


def gbp(text):
    return Reorg.Money.from_decimal(text)


def template_post(reference='FF-01'):
    """The template of tests/test-change.c: a vacant half-time family
    worker on £30,000 with 25% on-costs."""
    post = Reorg.Post.new(reference)
    post.set_title('Family worker')
    post.set_grade('Grade 6')
    post.set_salary(gbp('30000'))
    post.set_on_cost_rate(2500)
    post.set_fte(fte('0.5'))
    post.set_status(Status.VACANT)
    return post


# ---- the base structure -------------------------------------------------------

def add_unit(s, ref, name, kind, parent_ref):
    unit = Reorg.Unit.new(ref, name, kind)
    s.add_unit(unit, s.lookup_unit(parent_ref) if parent_ref else None)
    return unit


def add_post(s, ref, unit_ref, title, salary_pounds, manager_ref):
    """A post of 1 FTE with on-costs at 25%: its annual cost is 1.25 x
    salary."""
    post = Reorg.Post.new(ref)
    post.set_title(title)
    post.set_salary(Reorg.Money.from_decimal(salary_pounds))
    post.set_on_cost_rate(2500)
    s.add_post(post, s.lookup_unit(unit_ref))
    if manager_ref is not None:
        s.set_reports_to(post, s.lookup_post(manager_ref))
    return post


def manchester():
    """A small Children's Services after Manchester 2010, as in
    tests/test-proposal.c:

      CS  Children's Services (organisation)       CS-DIR
        ES  Education Services (service)           ES-HEAD, SIIM
          ES-SEO  School Effectiveness (team)      SEO-01..03, LSO-01
        FS  Family Support (service)               FS-HEAD, SW-1..4 (temporary, ABG)
          FISS  FISS (team)                        FISS-001 (manager), FISS-002..038
          FF  Families First (team)                (empty)
    """
    s = Reorg.Structure.new()
    s.set_date(date(2010, 12, 22))
    add_unit(s, 'CS', "Children's Services", UnitKind.ORGANISATION, None)
    add_unit(s, 'ES', 'Education Services', UnitKind.SERVICE, 'CS')
    add_unit(s, 'ES-SEO', 'School Effectiveness', UnitKind.TEAM, 'ES')
    add_unit(s, 'FS', 'Family Support', UnitKind.SERVICE, 'CS')
    add_unit(s, 'FISS', 'Family Intervention Support Service', UnitKind.TEAM, 'FS')
    add_unit(s, 'FF', 'Families First', UnitKind.TEAM, 'FS')
    add_post(s, 'CS-DIR', 'CS', 'Director', 120000, None)
    add_post(s, 'ES-HEAD', 'ES', 'Head of Education Services', 65000, 'CS-DIR')
    add_post(s, 'SIIM', 'ES', 'School Improvement and Interventions Manager',
             55000, 'ES-HEAD')
    for i in range(1, 4):
        add_post(s, 'SEO-%02d' % i, 'ES-SEO', 'School Effectiveness Officer',
                 52000, 'ES-HEAD')
    add_post(s, 'LSO-01', 'ES-SEO', 'Learning Strategy Officer', 46000, 'ES-HEAD')
    add_post(s, 'FS-HEAD', 'FS', 'Head of Family Support', 60000, 'CS-DIR')
    for i in range(1, 5):
        post = add_post(s, 'SW-%d' % i, 'FS', 'Social Worker', 30000, 'FS-HEAD')
        post.set_tenure(Tenure.TEMPORARY)
        post.set_funding(Funding.GRANT, 'ABG')
    add_post(s, 'FISS-001', 'FISS', 'FISS Manager', 40000, 'FS-HEAD')
    for i in range(2, 39):
        post = add_post(s, 'FISS-%03d' % i, 'FISS', 'Family Support Worker',
                        25000, 'FISS-001')
        if i % 4 == 0:
            post.set_status(Status.VACANT)
    assert s.get_n_posts() == 50
    return s


@pytest.fixture
def base():
    """The base, which every test must leave exactly as it was."""
    s = manchester()
    pristine = s.copy()
    yield s
    assert s.equal(pristine), 'the base structure was modified'


def proposal_of(*changes, name='p'):
    p = Reorg.Proposal.new(name)
    for c in changes:
        p.add_change(c)
    return p


def apply_one(base, change, as_at=None):
    return proposal_of(change).apply(base, as_at)


def unit_of(s, post_ref):
    post = s.lookup_post(post_ref)
    assert post is not None, post_ref
    return post.get_unit().get_reference()


def manager_of(s, post_ref):
    manager = s.lookup_post(post_ref).get_reports_to()
    return None if manager is None else manager.get_reference()


def refs(model):
    return [x.get_reference() for x in model]


def problems_of(problems):
    return [(p.get_change_index(), p.get_code(), p.get_reference())
            for p in problems]


# ---- changes, one by one (tests/test-change.c) --------------------------------

def test_change_establish_post():
    d = date(2011, 4, 1)
    tpl = template_post('FF-01')
    change = Reorg.Change.new_establish_post(d, tpl, 'FF', 'FF-MGR')
    top = Reorg.Change.new_establish_post(d, tpl, 'FF', None)
    assert change.get_kind() == Kind.ESTABLISH_POST
    assert ymd(change.get_date()) == (2011, 4, 1)
    assert change.get_post_reference() == 'FF-01'
    assert change.get_unit_reference() == 'FF'
    assert change.get_manager_reference() == 'FF-MGR'
    assert top.get_manager_reference() is None
    assert change.get_parent_reference() is None
    assert change.get_salary() is None
    assert change.get_fte() is None
    assert change.get_n_new_posts() == 1
    # The change keeps its own copy of the template.
    own = change.get_template_post()
    assert own is not tpl
    assert own.get_title() == 'Family worker'
    assert own.get_salary() == gbp('30000')
    assert own.get_fte() == fte('0.5')
    tpl.set_title('Changed later')
    assert own.get_title() == 'Family worker'
    assert own.get_structure() is None
    assert change.describe() == \
        "establish post 'FF-01' in unit 'FF', reporting to 'FF-MGR'"


def test_change_post_kinds():
    d = date(2011, 3, 31)
    salary = gbp('45000')
    C = Reorg.Change
    dis = C.new_disestablish_post(d, 'ES-SEO-01')
    regrade = C.new_regrade(d, 'P1', 'Grade 7', salary)
    regrade_only = C.new_regrade(d, 'P1', 'Grade 7', None)
    set_fte = C.new_set_fte(d, 'P1', fte('0.6'))
    set_salary = C.new_set_salary(d, 'P1', salary)
    tenure = C.new_set_tenure(d, 'SW-1', Tenure.PERMANENT)
    temp = C.new_set_tenure(d, 'SW-1', Tenure.TEMPORARY)
    funding = C.new_set_funding(d, 'P1', Funding.GRANT, 'ABG')
    funding_empty = C.new_set_funding(d, 'P1', Funding.RESERVES, '')
    reports = C.new_set_reports_to(d, 'P1', 'MGR')
    top = C.new_set_reports_to(d, 'P1', None)
    move = C.new_move_post(d, 'P1', 'FS')

    assert dis.get_kind() == Kind.DISESTABLISH_POST
    assert dis.get_post_reference() == 'ES-SEO-01'
    assert dis.get_unit_reference() is None
    assert dis.get_template_post() is None
    assert dis.get_n_new_posts() == 0
    assert regrade.get_kind() == Kind.REGRADE
    assert regrade.get_grade() == 'Grade 7'
    assert regrade.get_salary() == gbp('45000')
    assert regrade_only.get_salary() is None
    assert dis.get_grade() is None
    assert set_fte.get_kind() == Kind.SET_FTE
    assert set_fte.get_fte() == fte('0.6')
    assert set_salary.get_kind() == Kind.SET_SALARY
    assert set_salary.get_salary().pence == 4500000
    assert set_salary.get_grade() is None
    assert tenure.get_kind() == Kind.SET_TENURE
    assert tenure.get_tenure() == Tenure.PERMANENT
    assert temp.get_tenure() == Tenure.TEMPORARY
    assert funding.get_kind() == Kind.SET_FUNDING
    assert funding.get_funding_kind() == Funding.GRANT
    assert funding.get_funding_name() == 'ABG'
    assert funding_empty.get_funding_name() is None
    assert reports.get_kind() == Kind.SET_REPORTS_TO
    assert reports.get_manager_reference() == 'MGR'
    assert top.get_manager_reference() is None
    assert move.get_kind() == Kind.MOVE_POST
    assert move.get_post_reference() == 'P1'
    assert move.get_unit_reference() == 'FS'

    assert dis.describe() == "disestablish post 'ES-SEO-01'"
    assert regrade.describe() == "regrade post 'P1' to Grade 7 at £45,000.00"
    assert set_fte.describe() == "set the FTE of post 'P1' to 0.6"
    assert tenure.describe() == "make post 'SW-1' permanent"
    assert funding.describe() == "fund post 'P1' from grant ABG"
    assert top.describe() == "make post 'P1' a top post"
    assert move.describe() == "move post 'P1' to unit 'FS'"


def test_change_unit_kinds():
    d = date(2011, 4, 1)
    C = Reorg.Change
    tpl = Reorg.Unit.new('FF', 'Families First', UnitKind.TEAM)
    tpl.set_place(Reorg.PlaceKind.DISTRICT, 'Central')
    create = C.new_create_unit(d, tpl, 'FS')
    create_top = C.new_create_unit(d, tpl, None)
    rename = C.new_rename_unit(d, 'ES', 'Education Services')
    move = C.new_move_unit(d, 'ES', 'CS')
    move_top = C.new_move_unit(d, 'ES', None)
    merge = C.new_merge_unit(d, 'FISS', 'FF')
    close = C.new_close_unit(d, 'FISS')

    assert create.get_kind() == Kind.CREATE_UNIT
    assert create.get_unit_reference() == 'FF'
    assert create.get_parent_reference() == 'FS'
    assert create_top.get_parent_reference() is None
    own = create.get_template_unit()
    assert own is not tpl
    assert own.get_name() == 'Families First'
    assert own.get_place() == 'Central'
    assert own.get_place_kind() == Reorg.PlaceKind.DISTRICT
    tpl.set_name('Renamed later')
    assert own.get_name() == 'Families First'
    assert create.get_post_reference() is None
    assert rename.get_kind() == Kind.RENAME_UNIT
    assert rename.get_name() == 'Education Services'
    assert move.get_kind() == Kind.MOVE_UNIT
    assert move.get_name() is None
    assert move.get_parent_reference() == 'CS'
    assert move_top.get_parent_reference() is None
    assert merge.get_kind() == Kind.MERGE_UNIT
    assert merge.get_into_reference() == 'FF'
    assert move.get_into_reference() is None
    assert close.get_kind() == Kind.CLOSE_UNIT
    assert close.get_unit_reference() == 'FISS'

    assert create.describe() == "create unit 'FF' under 'FS'"
    assert merge.describe() == "merge unit 'FISS' into 'FF'"
    assert move_top.describe() == "make unit 'ES' a top-level unit"
    assert close.describe() == "close unit 'FISS'"
    assert rename.describe() == 'rename unit \'ES\' to "Education Services"'


def test_change_bulk_kinds():
    d = date(2011, 4, 1)
    C = Reorg.Change
    tpl = template_post('ignored')
    dis_all = C.new_disestablish_unit_posts(d, 'FISS', None)
    dis_some = C.new_disestablish_unit_posts(d, 'ES', 'School Effectiveness Officer')
    est = C.new_establish_posts(d, tpl, 'FF', fte('18.5'), 'FF')
    est_whole = C.new_establish_posts(d, tpl, 'FF', fte('3'), 'FF')
    est_small = C.new_establish_posts(d, tpl, 'FF', fte('0.25'), 'FF')

    assert dis_all.get_kind() == Kind.DISESTABLISH_UNIT_POSTS
    assert dis_all.get_title() is None
    assert dis_some.get_title() == 'School Effectiveness Officer'
    assert dis_some.get_unit_reference() == 'ES'
    assert dis_all.get_n_new_posts() == 0
    assert est.get_kind() == Kind.ESTABLISH_POSTS
    assert est.get_reference_prefix() == 'FF'
    assert dis_all.get_reference_prefix() is None
    assert est.get_fte() == fte('18.5')
    # 18.5 FTE: 18 whole-time posts and one of 0.5.
    assert est.get_n_new_posts() == 19
    assert est_whole.get_n_new_posts() == 3
    assert est_small.get_n_new_posts() == 1
    # The template is normalised: its reference is the prefix, its FTE 1.
    own = est.get_template_post()
    assert own.get_reference() == 'FF'
    assert own.get_fte().units == Reorg.FTE_SCALE
    assert own.get_grade() == 'Grade 6'
    assert est.get_post_reference() is None

    assert est.describe() == \
        "establish 18.5 FTE as 19 posts FF-001 to FF-019 in unit 'FF'"
    assert dis_some.describe() == \
        'disestablish the posts titled "School Effectiveness Officer" in unit \'ES\''
    assert est_small.describe() == \
        "establish 0.25 FTE as post FF-001 in unit 'FF'"
    assert dis_all.describe() == "disestablish the posts in unit 'FISS'"


def test_change_label_phase_condition_and_protection():
    d = date(2012, 3, 31)
    change = Reorg.Change.new_disestablish_post(d, 'SIIM')
    assert change.get_label() is None
    assert change.get_phase() is None
    assert change.get_condition() == Cond.NONE
    assert change.get_condition_text() is None
    assert change.get_pay_protection_until() is None
    assert ymd(change.get_money_date()) == (2012, 3, 31)

    notified = []
    change.connect('notify', lambda obj, pspec: notified.append(pspec.name))
    change.set_label('Education Services SMT')
    change.set_label('Education Services SMT')   # the same: no notify
    assert notified == ['label']
    change.set_phase('Phase 2')
    assert notified[-1] == 'phase'
    text = ('disestablished from March 2012, and earlier only if the post '
            'becomes vacant')
    change.set_condition(Cond.IF_VACANT, text)
    assert len(notified) == 4
    change.set_condition(Cond.IF_VACANT, text)
    assert len(notified) == 4
    assert change.props.label == 'Education Services SMT'
    assert change.props.condition == Cond.IF_VACANT
    assert change.get_condition_text() == text
    assert change.get_phase() == 'Phase 2'

    # Pay protection ending before the date does not move the money.
    change.set_pay_protection_until(date(2012, 1, 1))
    assert len(notified) == 5
    assert ymd(change.get_pay_protection_until()) == (2012, 1, 1)
    assert ymd(change.get_money_date()) == (2012, 3, 31)
    change.set_pay_protection_until(date(2012, 9, 30))
    assert ymd(change.get_money_date()) == (2012, 9, 30)
    change.set_pay_protection_until(None)
    assert change.get_pay_protection_until() is None
    assert ymd(change.get_money_date()) == (2012, 3, 31)
    assert len(notified) == 7

    # Kind and date are read-only properties.
    assert change.props.kind == Kind.DISESTABLISH_POST
    assert ymd(change.props.date) == (2012, 3, 31)
    with pytest.raises(TypeError):
        change.props.kind = Kind.REGRADE


def test_change_equal():
    d = date(2011, 4, 1)
    other = date(2011, 4, 2)
    C = Reorg.Change
    a = C.new_establish_post(d, template_post('FF-01'), 'FF', None)
    b = C.new_establish_post(d, template_post('FF-01'), 'FF', None)
    c = C.new_disestablish_post(d, 'X')
    assert a.equal(b)
    assert a.equal(a)
    b.get_template_post().set_grade('Grade 9')
    assert not a.equal(b)
    assert not a.equal(c)
    assert not c.equal(C.new_disestablish_post(other, 'X'))
    assert not C.new_regrade(d, 'X', 'G', None).equal(
        C.new_regrade(d, 'X', 'G', gbp('1')))
    g = C.new_disestablish_post(d, 'X')
    assert c.equal(g)
    g.set_label('L')
    assert not c.equal(g)
    c.set_label('L')
    assert c.equal(g)
    g.set_pay_protection_until(other)
    assert not c.equal(g)


@pytest.mark.parametrize('make, message', [
    (lambda d: Reorg.Change.new_establish_post(d, Reorg.Post.new(''), 'CS', None),
     'the post reference is empty'),
    (lambda d: Reorg.Change.new_disestablish_post(d, ''),
     'the post reference is empty'),
    (lambda d: Reorg.Change.new_set_fte(d, 'SIIM', Reorg.Fte.new(0)),
     'FTE must be above zero, not 0'),
    (lambda d: Reorg.Change.new_set_salary(d, 'SIIM', Reorg.Money.new(-1)),
     'salary must not be negative'),
    (lambda d: Reorg.Change.new_regrade(d, 'SIIM', 'G', Reorg.Money.new(-1)),
     'salary must not be negative'),
    (lambda d: Reorg.Change.new_set_reports_to(d, 'SIIM', 'SIIM'),
     "post 'SIIM' cannot report to itself"),
    (lambda d: Reorg.Change.new_set_reports_to(d, 'SIIM', ''),
     "the manager's reference is empty"),
    (lambda d: Reorg.Change.new_move_post(d, 'SIIM', ''),
     'the unit reference is empty'),
    (lambda d: Reorg.Change.new_move_unit(d, 'ES', 'ES'),
     "unit 'ES' cannot be its own parent"),
    (lambda d: Reorg.Change.new_merge_unit(d, 'ES', 'ES'),
     "unit 'ES' cannot be merged into itself"),
    (lambda d: Reorg.Change.new_establish_posts(
        d, Reorg.Post.new('T'), 'FF', Reorg.Fte.new(-5000), 'FF'),
     'total FTE must be above zero'),
    (lambda d: Reorg.Change.new_establish_posts(
        d, Reorg.Post.new('T'), 'FF', Reorg.Fte.new(10000), ''),
     'prefix'),
])
def test_change_bad_values(base, make, message):
    """A change whose own values are wrong: an invalid-value problem from
    validate, Reorg.Error.INVALID from apply, and nothing changed."""
    p = proposal_of(make(date(2011, 4, 1)))
    problems = p.validate(base)
    assert len(problems) == 1
    assert problems[0].get_code() == 'invalid-value'
    assert problems[0].get_change_index() == 0
    assert message in problems[0].get_message()
    with reorg_error(Reorg.Error.INVALID) as info:
        p.apply(base, None)
    assert info.value.message.startswith('change 0: ')
    assert message in info.value.message


# ---- proposals ------------------------------------------------------------------

def test_proposal_basics():
    p = Reorg.Proposal.new('Phase 1')
    q = Reorg.Proposal.new('Phase 1')
    changes = p.get_changes()
    a = Reorg.Change.new_disestablish_post(date(2011, 3, 31), 'A')
    b = Reorg.Change.new_disestablish_post(date(2011, 4, 1), 'B')
    b2 = Reorg.Change.new_disestablish_post(date(2011, 4, 1), 'B')

    assert p.get_name() == 'Phase 1'
    assert p.get_description() is None
    p.set_description('Education Services and FISS')
    assert p.get_description() == 'Education Services and FISS'
    p.set_name('Phase 1 (December 2010)')
    assert p.get_name() == 'Phase 1 (December 2010)'

    assert isinstance(changes, Gio.ListModel)
    assert changes.get_item_type() == Reorg.Change.__gtype__
    signals = []
    changes.connect('items-changed',
                    lambda m, pos, removed, added: signals.append((pos, removed, added)))
    p.add_change(a)
    p.add_change(b)
    assert signals == [(0, 0, 1), (1, 0, 1)]
    assert p.get_n_changes() == 2
    assert p.props.n_changes == 2
    assert len(changes) == 2
    assert list(changes) == [a, b]
    assert changes[1] == b
    assert p.get_change(0) == a
    assert p.get_change(2) is None

    q.set_name('Phase 1 (December 2010)')
    q.set_description('Education Services and FISS')
    q.add_change(a)
    assert not p.equal(q)
    q.add_change(b2)
    assert p.equal(q)
    b2.set_phase('Phase 2')
    assert not p.equal(q)

    p.remove_change(0)
    assert signals[-1] == (0, 1, 0)
    assert p.get_n_changes() == 1
    assert p.get_change(0) == b


def test_proposal_empty(base):
    p = Reorg.Proposal.new('nothing')
    result = p.apply(base, None)
    assert result is not None
    assert result != base
    assert result.equal(base)
    assert list(p.validate(base)) == []


def test_establish_and_disestablish(base):
    d = date(2011, 4, 1)
    tpl = Reorg.Post.new('FF-MGR')
    tpl.set_title('Families First Manager')
    tpl.set_grade('Grade 12')
    tpl.set_salary(gbp('65000'))
    tpl.set_on_cost_rate(2000)
    tpl.set_status(Status.VACANT)

    est = apply_one(base, Reorg.Change.new_establish_post(d, tpl, 'FF', 'FS-HEAD'))
    post = est.lookup_post('FF-MGR')
    assert post is not None and post is not tpl
    assert post.get_title() == 'Families First Manager'
    assert post.get_grade() == 'Grade 12'
    assert post.get_status() == Status.VACANT
    assert unit_of(est, 'FF-MGR') == 'FF'
    assert manager_of(est, 'FF-MGR') == 'FS-HEAD'
    assert post.get_annual_cost() == gbp('78000')
    assert est.get_n_posts() == 51
    assert base.lookup_post('FF-MGR') is None
    assert tpl.get_structure() is None

    dis = apply_one(base, Reorg.Change.new_disestablish_post(d, 'LSO-01'))
    assert dis.lookup_post('LSO-01') is None
    assert dis.get_n_posts() == 49
    assert dis.lookup_post('ES-HEAD').get_n_reports() == 4
    assert base.lookup_post('LSO-01') is not None


def test_post_field_kinds(base):
    d = date(2011, 4, 1)
    C = Reorg.Change
    regraded = apply_one(base, C.new_regrade(d, 'SEO-01', 'Grade 12', gbp('48000')))
    post = regraded.lookup_post('SEO-01')
    assert post.get_grade() == 'Grade 12'
    assert post.get_salary() == gbp('48000')
    assert post.get_annual_cost() == gbp('60000')    # on-costs follow the rate

    regraded_only = apply_one(base, C.new_regrade(d, 'SEO-01', 'Grade 11', None))
    post = regraded_only.lookup_post('SEO-01')
    assert post.get_grade() == 'Grade 11'
    assert post.get_salary() == gbp('52000')

    # Pay follows the FTE pro rata.
    part_time = apply_one(base, C.new_set_fte(d, 'FISS-002', fte('0.5')))
    post = part_time.lookup_post('FISS-002')
    assert post.get_fte() == fte('0.5')
    assert post.get_salary() == gbp('12500')
    assert post.get_annual_cost() == gbp('15625')

    paid = apply_one(base, C.new_set_salary(d, 'SIIM', gbp('48000')))
    assert paid.lookup_post('SIIM').get_salary() == gbp('48000')

    # Monmouthshire: four temporary social workers made permanent.
    p = proposal_of(*[C.new_set_tenure(d, 'SW-%d' % i, Tenure.PERMANENT)
                      for i in range(1, 5)], name='Monmouthshire')
    permanent = p.apply(base, None)
    for i in range(1, 5):
        ref = 'SW-%d' % i
        assert permanent.lookup_post(ref).get_tenure() == Tenure.PERMANENT
        assert base.lookup_post(ref).get_tenure() == Tenure.TEMPORARY

    funded = apply_one(base, C.new_set_funding(d, 'SW-1', Funding.MAINSTREAM, None))
    post = funded.lookup_post('SW-1')
    assert post.get_funding_kind() == Funding.MAINSTREAM
    assert post.get_funding_name() is None
    funded = apply_one(base, C.new_set_funding(d, 'SIIM', Funding.GRANT, 'Standards Fund'))
    post = funded.lookup_post('SIIM')
    assert post.get_funding_kind() == Funding.GRANT
    assert post.get_funding_name() == 'Standards Fund'


def test_line_and_move_kinds(base):
    d = date(2011, 4, 1)
    C = Reorg.Change
    relined = apply_one(base, C.new_set_reports_to(d, 'SIIM', 'CS-DIR'))
    assert manager_of(relined, 'SIIM') == 'CS-DIR'
    assert relined.lookup_post('ES-HEAD').get_n_reports() == 4

    top = apply_one(base, C.new_set_reports_to(d, 'SIIM', None))
    assert manager_of(top, 'SIIM') is None

    moved = apply_one(base, C.new_move_post(d, 'LSO-01', 'FS'))
    assert unit_of(moved, 'LSO-01') == 'FS'
    assert manager_of(moved, 'LSO-01') == 'ES-HEAD'   # the line is kept
    assert moved.lookup_unit('ES-SEO').get_n_posts() == 3


def test_unit_kinds(base):
    d = date(2011, 4, 1)
    C = Reorg.Change
    tpl = Reorg.Unit.new('FF-C', 'Families First Central', UnitKind.TEAM)
    tpl.set_place(Reorg.PlaceKind.DISTRICT, 'Central')
    created = apply_one(base, C.new_create_unit(d, tpl, 'FF'))
    unit = created.lookup_unit('FF-C')
    assert unit is not None and unit is not tpl
    assert unit.get_name() == 'Families First Central'
    assert unit.get_place() == 'Central'
    assert unit.get_parent().get_reference() == 'FF'
    assert created.get_n_units() == 7

    renamed = apply_one(base, C.new_rename_unit(d, 'ES', 'Education'))
    assert renamed.lookup_unit('ES').get_name() == 'Education'
    assert base.lookup_unit('ES').get_name() == 'Education Services'

    moved = apply_one(base, C.new_move_unit(d, 'ES-SEO', 'FS'))
    unit = moved.lookup_unit('ES-SEO')
    assert unit.get_parent().get_reference() == 'FS'
    assert unit.get_n_posts() == 4

    # FISS merged into Families First: its 38 posts move, their lines stay,
    # and FISS is closed.
    merged = apply_one(base, C.new_merge_unit(d, 'FISS', 'FF'))
    assert merged.lookup_unit('FISS') is None
    assert merged.lookup_unit('FF').get_n_posts() == 38
    assert unit_of(merged, 'FISS-017') == 'FF'
    assert manager_of(merged, 'FISS-017') == 'FISS-001'
    assert merged.get_n_units() == 5
    assert merged.get_n_posts() == 50

    # Child units move too.
    merged_es = apply_one(base, C.new_merge_unit(d, 'ES', 'FS'))
    assert merged_es.lookup_unit('ES-SEO').get_parent().get_reference() == 'FS'
    assert unit_of(merged_es, 'SIIM') == 'FS'
    assert merged_es.lookup_unit('ES') is None

    closed = apply_one(base, C.new_close_unit(d, 'FF'))
    assert closed.lookup_unit('FF') is None
    assert closed.lookup_unit('FS').get_n_children() == 1


# ---- the bulk forms -------------------------------------------------------------

def test_bulk_38_out_and_18_5_in(base):
    """Manchester 2010: "the 38 FTE posts within FISS will be disestablished
    and 18.5 new Families First posts will be established"."""
    d = date(2011, 4, 1)
    tpl = Reorg.Post.new('template')
    tpl.set_title('Families First Worker')
    tpl.set_grade('Grade 6')
    tpl.set_salary(gbp('26000'))
    tpl.set_status(Status.VACANT)
    out = Reorg.Change.new_disestablish_unit_posts(d, 'FISS', None)
    into = Reorg.Change.new_establish_posts(d, tpl, 'FF', fte('18.5'), 'FF')
    p = proposal_of(out, into, name='FISS to Families First')
    result = p.apply(base, None)

    assert result.lookup_unit('FISS').get_n_posts() == 0
    assert result.lookup_post('FISS-001') is None
    assert result.lookup_post('FISS-038') is None
    assert result.lookup_post('FS-HEAD').get_n_reports() == 4

    ff = result.lookup_unit('FF')
    assert ff.get_n_posts() == 19
    assert refs(ff.get_posts()) == ['FF-%03d' % i for i in range(1, 20)]
    for i in range(1, 20):
        post = result.lookup_post('FF-%03d' % i)
        assert post.get_fte() == fte('1' if i < 19 else '0.5')
        assert post.get_title() == 'Families First Worker'
        assert post.get_grade() == 'Grade 6'
        # Whole-time pay, pro rata for the half-time post.
        assert post.get_salary() == gbp('26000' if i < 19 else '13000')
        assert post.get_status() == Status.VACANT
        assert post.get_unit() == ff
    assert result.lookup_post('FF-020') is None

    # 38 out and 18.5 in: 19.5 net, against sums made here.
    before = base.rollup(Reorg.Dimension.NONE)
    after = result.rollup(Reorg.Dimension.NONE)
    fiss_before = before.get_totals(base.lookup_unit('FISS'))
    assert fiss_before.get_fte() == fte('38')
    assert after.get_totals(result.lookup_unit('FF')).get_fte() == fte('18.5')
    assert before.get_total().get_fte() - after.get_total().get_fte() == fte('19.5')
    assert after.get_total().get_posts() == 50 - 38 + 19
    out_cost = sum((p.get_annual_cost() for p in base.lookup_unit('FISS').posts),
                   Reorg.Money.new(0))
    # 40,000 + 37 x 25,000 at 25% on-costs out; 18.5 x 26,000 in (no on-costs)
    assert out_cost == gbp((40000 + 37 * 25000) * 5 // 4)
    assert after.get_total().get_cost() == \
        before.get_total().get_cost() - out_cost + gbp(18 * 26000 + 13000)


def test_bulk_by_title_and_reports(base):
    d = date(2011, 3, 31)
    C = Reorg.Change
    # "The disestablishment of the School Effectiveness Officers": only the
    # posts with that title go.
    seo = apply_one(base, C.new_disestablish_unit_posts(
        d, 'ES-SEO', 'School Effectiveness Officer'))
    assert seo.lookup_post('SEO-01') is None
    assert seo.lookup_post('SEO-03') is None
    assert seo.lookup_post('LSO-01') is not None

    # A post outside the set still reporting to one of them: the change fails.
    relined = apply_one(base, C.new_set_reports_to(d, 'SW-1', 'FISS-001'))
    relined_copy = relined.copy()
    with reorg_error(Reorg.Error.NOT_EMPTY) as info:
        apply_one(relined, C.new_disestablish_unit_posts(d, 'FISS', None))
    assert info.value.message == (
        "change 0: post 'FISS-001' still has 1 direct reports outside the "
        "posts disestablished; give them another manager first")
    assert relined.equal(relined_copy)

    with reorg_error(Reorg.Error.NOT_FOUND) as info:
        apply_one(base, C.new_disestablish_unit_posts(d, 'FF', None))
    assert info.value.message == "change 0: unit 'FF' has no post to disestablish"


# ---- as at a date -------------------------------------------------------------

def dated_proposal():
    C = Reorg.Change
    c0 = C.new_disestablish_post(date(2012, 3, 31), 'SIIM')
    c0.set_condition(Cond.IF_VACANT,
                     'from March 2012, and earlier only if the post becomes vacant')
    # Added out of date order on purpose.
    return proposal_of(
        c0,
        C.new_disestablish_post(date(2011, 2, 28), 'LSO-01'),
        C.new_disestablish_unit_posts(date(2011, 3, 31), 'ES-SEO', None),
        C.new_close_unit(date(2011, 3, 31), 'ES-SEO'),
        name='Education Services')


def test_apply_as_at_several_dates(base):
    p = dated_proposal()

    def at(y, m, d):
        result = p.apply(base, date(y, m, d))
        assert ymd(result.get_date()) == (y, m, d)
        return result

    before = at(2011, 2, 27)
    first = at(2011, 2, 28)
    eve = at(2011, 3, 30)
    second = at(2011, 3, 31)
    between = at(2011, 12, 1)
    last_eve = at(2012, 3, 30)
    everything = at(2012, 3, 31)
    later = at(2020, 1, 1)
    undated = p.apply(base, None)

    # Before any change: the base, at the new date.
    expected = base.copy()
    expected.set_date(date(2011, 2, 27))
    assert before.equal(expected)

    # A change dated D is in the establishment as at D, not as at D - 1.
    assert before.lookup_post('LSO-01') is not None
    assert first.lookup_post('LSO-01') is None
    assert first.lookup_unit('ES-SEO') is not None
    assert eve.lookup_unit('ES-SEO') is not None
    assert second.lookup_unit('ES-SEO') is None
    assert second.lookup_post('SEO-02') is None
    assert second.lookup_post('SIIM') is not None
    assert between.lookup_post('SIIM') is not None
    assert last_eve.lookup_post('SIIM') is not None
    assert everything.lookup_post('SIIM') is None

    assert [s.get_n_posts() for s in
            (before, first, eve, second, between, last_eve, everything)] == \
        [50, 49, 49, 46, 46, 46, 45]

    # After every change, or with no date: the same establishment.
    later.set_date(everything.get_date())
    assert everything.equal(later)
    assert ymd(undated.get_date()) == ymd(base.get_date())
    undated.set_date(everything.get_date())
    assert everything.equal(undated)


def test_same_date_changes_apply_in_order(base):
    d = date(2011, 4, 1)
    establish = Reorg.Change.new_establish_post(d, Reorg.Post.new('FF-MGR'), 'FF', None)
    reline = Reorg.Change.new_set_reports_to(d, 'FISS-001', 'FF-MGR')
    ok = proposal_of(establish, reline).apply(base, None)
    assert manager_of(ok, 'FISS-001') == 'FF-MGR'
    with reorg_error(Reorg.Error.NOT_FOUND) as info:
        proposal_of(reline, establish).apply(base, None)
    assert info.value.message == "change 0: manager post 'FF-MGR' does not exist"


# ---- validation -----------------------------------------------------------------

def test_validate_reports_every_problem(base):
    d = date(2011, 3, 31)
    later = date(2011, 6, 30)
    C = Reorg.Change
    changes = [
        C.new_disestablish_post(d, 'NOPE'),                          # 0
        C.new_disestablish_post(d, 'LSO-01'),                        # 1
        C.new_disestablish_post(later, 'LSO-01'),                    # 2
        C.new_establish_post(d, Reorg.Post.new('SEO-01'), 'ES', None),  # 3
        C.new_move_unit(d, 'ES', 'ES-SEO'),                          # 4
        C.new_set_reports_to(d, 'CS-DIR', 'SIIM'),                   # 5
        C.new_set_salary(d, 'SEO-02', gbp('40000')),                 # 6
        C.new_set_salary(d, 'SEO-02', gbp('41000')),                 # 7
        C.new_set_fte(d, 'FISS-003', fte('0.5')),                    # 8
        C.new_disestablish_post(d, 'FISS-003'),                      # 9
        C.new_close_unit(d, 'ES'),                                   # 10
        C.new_set_fte(d, 'FISS-004', Reorg.Fte.new(0)),              # 11
        C.new_disestablish_post(d, 'FS-HEAD'),                       # 12
        C.new_disestablish_unit_posts(d, 'ES-SEO', 'Nobody'),        # 13
        C.new_disestablish_post(d, 'FISS-099'),                      # 14
        C.new_move_post(d, 'SEO-03', 'NOWHERE'),                     # 15
        C.new_set_salary(d, 'SEO-02', gbp('40000')),                 # 16: as 6, fine
        C.new_close_unit(d, 'FF'),                                   # 17
        C.new_rename_unit(later, 'FF', 'Families First'),            # 18
    ]
    changes[14].set_label('FISS to Families First')
    p = proposal_of(*changes, name='Phase 1')

    problems = p.validate(base)
    assert problems_of(problems) == [
        (0, 'unknown-post', 'NOPE'),
        (3, 'duplicate-reference', 'SEO-01'),
        (4, 'unit-cycle', 'ES'),
        (5, 'reporting-loop', 'CS-DIR'),
        (7, 'conflicting-changes', 'SEO-02'),
        (9, 'conflicting-changes', 'FISS-003'),
        (10, 'unit-not-empty', 'ES'),
        (11, 'invalid-value', 'FISS-004'),
        (12, 'post-has-reports', 'FS-HEAD'),
        (13, 'no-matching-posts', 'ES-SEO'),
        (14, 'unknown-post', 'FISS-099'),
        (15, 'unknown-unit', 'NOWHERE'),
        (2, 'post-already-gone', 'LSO-01'),
        (18, 'unit-already-gone', 'FF'),
    ]
    # Every problem names its change in the message.
    for problem in problems:
        assert problem.get_message().startswith(
            'change %d' % problem.get_change_index()), problem.get_message()
    assert problems[10].get_message() == \
        "change 14 (FISS to Families First): post 'FISS-099' does not exist"
    assert problems[10].get_label() == 'FISS to Families First'
    assert problems[0].get_label() is None
    copy = problems[10].copy()
    assert copy.get_message() == problems[10].get_message()
    assert copy.get_change_index() == 14
    assert problems[12].get_message() == \
        "change 2: post 'LSO-01' was already disestablished by change 1"
    assert problems[4].get_message() == \
        "change 7: change 6 gives post 'SEO-02' a different salary on the same date"
    assert problems[5].get_message() == \
        "change 9: post 'FISS-003' is disestablished on the date change 8 changes it"
    assert problems[7].get_message() == 'change 11: FTE must be above zero, not 0'

    # Apply stops at the first failing change, in date order.
    with reorg_error(Reorg.Error.NOT_FOUND) as info:
        p.apply(base, None)
    assert info.value.message == "change 0: post 'NOPE' does not exist"


def test_validate_conflicts(base):
    d = date(2011, 3, 31)
    C = Reorg.Change
    s1 = gbp('40000')
    p = proposal_of(
        C.new_disestablish_unit_posts(d, 'FISS', None),           # 0
        C.new_set_salary(d, 'FISS-010', s1),                      # 1: gone that day
        C.new_move_post(d, 'SEO-01', 'FS'),                       # 2
        C.new_move_post(d, 'SEO-01', 'FF'),                       # 3: another unit
        C.new_merge_unit(d, 'ES-SEO', 'ES'),                      # 4
        C.new_move_post(d, 'SEO-02', 'FF'),                       # 5: the merge put it in ES
        C.new_set_reports_to(d, 'SIIM', 'CS-DIR'),                # 6
        C.new_set_reports_to(d, 'SIIM', None),                    # 7
        C.new_set_tenure(d, 'SW-1', Tenure.PERMANENT),            # 8
        C.new_set_tenure(date(2011, 4, 1), 'SW-1', Tenure.FIXED_TERM),  # 9: another day
        C.new_regrade(d, 'SW-2', 'Grade 8', s1),                  # 10
        C.new_set_salary(d, 'SW-2', s1),                          # 11: the same salary
        C.new_regrade(d, 'SW-2', 'Grade 9', None),                # 12: another grade
        name='conflicts')
    problems = p.validate(base)
    assert problems_of(problems) == [
        (1, 'conflicting-changes', 'FISS-010'),
        (3, 'conflicting-changes', 'SEO-01'),
        (5, 'conflicting-changes', 'SEO-02'),
        (7, 'conflicting-changes', 'SIIM'),
        (12, 'conflicting-changes', 'SW-2'),
    ]
    assert problems[0].get_message() == \
        "change 1: post 'FISS-010' is disestablished on the same date by change 0"
    with reorg_error(Reorg.Error.INVALID) as info:
        p.apply(base, None)
    assert info.value.message.startswith('change 1: ')


def test_validate_a_valid_proposal_has_no_problems(base):
    p = dated_proposal()
    assert len(p.validate(base)) == 0


def test_references_freed_may_be_reused(base):
    d1 = date(2011, 3, 31)
    d2 = date(2011, 4, 1)
    C = Reorg.Change
    p = proposal_of(
        C.new_disestablish_post(d1, 'LSO-01'),
        C.new_establish_post(d2, Reorg.Post.new('LSO-01'), 'FS', None),
        C.new_close_unit(d1, 'FF'),
        C.new_create_unit(d2, Reorg.Unit.new('FF', 'Families First again',
                                              UnitKind.TEAM), None))
    assert len(p.validate(base)) == 0
    result = p.apply(base, None)
    assert unit_of(result, 'LSO-01') == 'FS'
    assert result.lookup_unit('FF').get_parent() is None
    assert result.lookup_unit('FF').get_name() == 'Families First again'


# ---- a failing apply changes nothing ------------------------------------------

def test_failing_apply_changes_nothing(base):
    d1 = date(2011, 3, 31)
    d2 = date(2011, 4, 1)
    C = Reorg.Change
    bad = C.new_disestablish_post(d2, 'FISS-012')
    bad.set_label('FISS to Families First')
    p = proposal_of(
        C.new_disestablish_unit_posts(d1, 'FISS', None),
        C.new_rename_unit(d1, 'ES', 'Education'),
        bad,
        C.new_disestablish_post(d2, 'SIIM'),
        name='Phase 1')

    pristine = base.copy()
    posts_signals = []
    units_signals = []
    base.get_posts().connect('items-changed', lambda *a: posts_signals.append(a))
    base.get_units().connect('items-changed', lambda *a: units_signals.append(a))
    base.connect('notify', lambda *a: posts_signals.append(a))
    before_refs = refs(base.get_posts())

    with reorg_error(Reorg.Error.NOT_FOUND) as info:
        p.apply(base, None)
    assert info.value.message == (
        "change 2 (FISS to Families First): post 'FISS-012' was already "
        "disestablished by change 0")
    assert posts_signals == [] and units_signals == []
    assert base.equal(pristine)
    assert refs(base.get_posts()) == before_refs
    assert base.lookup_unit('ES').get_name() == 'Education Services'
    assert base.lookup_unit('FISS').get_n_posts() == 38
    # The proposal itself is untouched.
    assert p.get_n_changes() == 4
    assert p.get_change(2) == bad

    # As at a date before the failing change, it succeeds.
    result = p.apply(base, d1)
    assert result.get_n_posts() == 12
    assert base.get_n_posts() == 50


def test_apply_keeps_result_independent(base):
    """The result shares nothing with the base: changing one leaves the
    other alone."""
    result = dated_proposal().apply(base, None)
    gc.collect()
    result.lookup_post('FISS-002').set_salary(gbp('1'))
    assert base.lookup_post('FISS-002').get_salary() == gbp('25000')
    assert result.lookup_post('CS-DIR') is not base.lookup_post('CS-DIR')


# ---- proposals in a plan ------------------------------------------------------

def every_kind_proposal():
    """A proposal with every kind of change and every optional member, as in
    tests/test-plan.c."""
    d = date(2011, 3, 31)
    later = date(2012, 3, 31)
    C = Reorg.Change
    p = Reorg.Proposal.new('Phase 1')
    p.set_description('FISS to Families First, and Education Services')
    tpl = Reorg.Post.new('FF-MGR')
    tpl.set_title('Families First Manager')
    tpl.set_grade('Grade 12')
    tpl.set_job_family('Family Support')
    tpl.set_salary(gbp('65000'))
    tpl.set_on_cost_rate(2500)
    tpl.set_fte(fte('0.6'))
    tpl.set_status(Status.VACANT)
    tpl.set_tenure(Tenure.FIXED_TERM)
    tpl.set_funding(Funding.GRANT, 'ABG')
    bulk = Reorg.Post.new('ignored')
    bulk.set_title('Families First Worker')
    bulk.set_salary(gbp('48123.45'))
    bulk.set_on_costs(gbp('5123'))
    unit = Reorg.Unit.new('FF', 'Families First', UnitKind.TEAM)
    unit.set_place(Reorg.PlaceKind.DISTRICT, 'Central')

    first = C.new_establish_post(d, tpl, 'FS', 'HEAD')
    first.set_label('FISS to Families First')
    first.set_phase('Phase 1')
    gone = C.new_disestablish_post(later, 'HEAD')
    gone.set_condition(Cond.IF_VACANT, 'disestablished from March 2012, and '
                       'earlier only if the post becomes vacant')
    protected = C.new_regrade(d, '00009000', 'Grade 10', gbp('48123.45'))
    protected.set_pay_protection_until(date(2011, 9, 30))
    for c in [
            first, gone, protected,
            C.new_regrade(d, '00009000', 'Grade 9', None),
            C.new_set_fte(d, '00009000', fte('0.6')),
            C.new_set_salary(d, '00009000', gbp('65000')),
            C.new_set_tenure(d, '00009000', Tenure.PERMANENT),
            C.new_set_funding(d, '00009000', Funding.GRANT, 'Standards Fund'),
            C.new_set_funding(d, '00009000', Funding.RESERVES, None),
            C.new_set_reports_to(d, '00009000', 'HEAD'),
            C.new_set_reports_to(d, '00009000', None),
            C.new_move_post(d, '00009000', 'CS'),
            C.new_create_unit(d, unit, 'FS'),
            C.new_create_unit(d, Reorg.Unit.new('NEW', None, UnitKind.OTHER), None),
            C.new_rename_unit(d, 'FS', 'Family Support Service'),
            C.new_rename_unit(d, 'FS', None),
            C.new_move_unit(d, 'FS', 'CS'),
            C.new_move_unit(d, 'FS', None),
            C.new_merge_unit(d, 'FS', 'CS'),
            C.new_close_unit(d, 'FS'),
            C.new_disestablish_unit_posts(d, 'FS', 'Family worker'),
            C.new_disestablish_unit_posts(d, 'FS', None),
            C.new_establish_posts(d, bulk, 'FF', fte('18.5'), 'FF')]:
        p.add_change(c)
    return p


def test_plan_proposals_saved_and_loaded_back_equal(tmp_path):
    plan = Reorg.Plan.new()
    plan.set_organisation('Manchester City Council')
    plan.set_structure(manchester())
    p = every_kind_proposal()
    plan.add_proposal(p)
    plan.add_proposal(dated_proposal())
    plan.add_proposal(Reorg.Proposal.new('Phase 2'))
    assert [x.get_name() for x in plan.get_proposals()] == \
        ['Phase 1', 'Education Services', 'Phase 2']

    path = tmp_path / 'plan.json'
    plan.save(path)
    loaded = Reorg.Plan.load(path)
    assert loaded.equal(plan)
    assert [x.get_name() for x in loaded.get_proposals()] == \
        ['Phase 1', 'Education Services', 'Phase 2']
    lp = loaded.lookup_proposal('Phase 1')
    assert lp is not p
    assert lp.equal(p)
    assert lp.get_description() == 'FISS to Families First, and Education Services'
    for i in range(p.get_n_changes()):
        assert lp.get_change(i).equal(p.get_change(i)), i
        assert lp.get_change(i).get_kind() == p.get_change(i).get_kind()
    c = lp.get_change(0)
    assert c.get_label() == 'FISS to Families First'
    assert c.get_phase() == 'Phase 1'
    assert c.get_manager_reference() == 'HEAD'
    assert c.get_template_post().get_funding_name() == 'ABG'
    assert c.get_template_post().get_on_cost_rate() == 2500
    assert lp.get_change(1).get_condition() == Cond.IF_VACANT
    assert ymd(lp.get_change(2).get_pay_protection_until()) == (2011, 9, 30)
    assert lp.get_change(2).get_salary() == gbp('48123.45')
    last = lp.get_change(lp.get_n_changes() - 1)
    assert last.get_fte() == fte('18.5')
    assert last.get_template_post().get_on_costs() == gbp('5123')

    # The loaded proposal applies to the loaded structure as the original
    # does to the original.
    ed = loaded.lookup_proposal('Education Services')
    assert ed.apply(loaded.get_structure(), None).equal(
        dated_proposal().apply(plan.get_structure(), None))

    # Through data too, and stable.
    data, _ = plan.to_data()
    again = Reorg.Plan.new_from_data(data.encode('utf-8'))
    assert again.equal(plan)
    assert again.to_data()[0] == data
    assert '"kind" : "establish-posts"' in data
    assert '"condition" : "if-vacant"' in data

    # A change to a loaded proposal is seen by equal.
    lp.get_change(3).set_phase('Phase 9')
    assert not loaded.equal(plan)


def test_plan_proposal_names():
    plan = Reorg.Plan.new()
    one = Reorg.Proposal.new('Phase 1')
    plan.add_proposal(one)
    with reorg_error(Reorg.Error.DUPLICATE) as info:
        plan.add_proposal(Reorg.Proposal.new('Phase 1'))
    assert "'Phase 1'" in info.value.message
    with reorg_error(Reorg.Error.INVALID):
        plan.add_proposal(Reorg.Proposal.new(''))
    assert len(plan.get_proposals()) == 1
    assert plan.lookup_proposal('Phase 1') == one
    assert plan.lookup_proposal('phase 1') is None
    assert plan.remove_proposal(one)
    assert not plan.remove_proposal(one)
    assert len(plan.get_proposals()) == 0


def test_plan_proposal_load_errors():
    def plan_with(changes):
        return ('{"format":"reorg-plan","version":1,"structure":{"units":'
                '[{"ref":"U"}],"posts":[]},"proposals":[{"name":"A",'
                '"changes":[%s]}]}' % changes).encode('utf-8')

    with reorg_error(Reorg.Error.PARSE) as info:
        Reorg.Plan.new_from_data(plan_with(
            '{"kind":"disestablish-post","date":"2011-02-30","post":"P"}'))
    assert 'proposals[0].changes[0] (disestablish-post): date: ' \
        '"2011-02-30" is not a date' in info.value.message
    with reorg_error(Reorg.Error.INVALID) as info:
        Reorg.Plan.new_from_data(plan_with(
            '{"kind":"set-fte","date":"2011-03-31","post":"P","fte":"0"}'))
    assert 'FTE must be above zero' in info.value.message
    with reorg_error(Reorg.Error.INVALID) as info:
        Reorg.Plan.new_from_data(plan_with('{"kind":"abolish"}'))
    assert 'kind: unknown value "abolish"' in info.value.message

    # Loading does not check the changes against the structure: validate does.
    plan = Reorg.Plan.new_from_data(plan_with(
        '{"kind":"disestablish-post","date":"2011-03-31","post":"NOPE",'
        '"label":"L"}'))
    problems = plan.lookup_proposal('A').validate(plan.get_structure())
    assert problems_of(problems) == [(0, 'unknown-post', 'NOPE')]
    assert problems[0].get_message() == "change 0 (L): post 'NOPE' does not exist"


# ---- 100,000 changes from Python ------------------------------------------------

def test_bulk_changes_of_100000_posts_on_200000():
    """100,000 disestablishments on a structure of 200,000 posts, then the
    bulk forms for 100,000 posts (untimed)."""
    n_posts, n_changes = 200000, 100000
    base = Reorg.Structure.new()
    root = Reorg.Unit.new('ROOT', 'Root', UnitKind.ORGANISATION)
    base.add_unit(root, None)
    units = []
    for u in range(10):
        unit = Reorg.Unit.new('U%d' % u, 'U%d' % u, UnitKind.SERVICE)
        base.add_unit(unit, root)
        units.append(unit)
    salaries = {}
    for i in range(n_posts):
        post = Reorg.Post.new('P%06d' % i)
        pence = 2000000 + i
        post.set_salary(Reorg.Money.new(pence))
        salaries[i] = pence
        # Unit 0 holds the first 100,000 posts; the others share the rest.
        base.add_post(post, units[0 if i < 100000 else 1 + i % 9])
    assert base.get_n_posts() == n_posts

    d1, d2 = date(2011, 3, 31), date(2012, 3, 31)
    p = Reorg.Proposal.new('large')
    for i in range(n_changes):
        p.add_change(Reorg.Change.new_disestablish_post(
            d2 if i % 2 else d1, 'P%06d' % (100000 + i)))
    assert p.get_n_changes() == n_changes
    assert len(p.validate(base)) == 0

    result = p.apply(base, None)
    assert result.get_n_posts() == n_posts - n_changes
    assert base.get_n_posts() == n_posts
    assert result.lookup_post('P100000') is None
    assert result.lookup_post('P099999') is not None
    assert base.lookup_post('P199999') is not None

    # As at the first date, only the even-numbered half has gone.
    half = p.apply(base, d1)
    assert half.get_n_posts() == n_posts - n_changes // 2
    assert half.lookup_post('P100000') is None
    assert half.lookup_post('P100001') is not None
    expected = sum(salaries[i] for i in range(n_posts)
                   if i < 100000 or (i - 100000) % 2 == 1)
    assert half.rollup(Reorg.Dimension.NONE).get_total().get_cost().pence == expected

    # Bulk: the 100,000 posts of unit 0 out, 100,000 FTE of a role in.
    tpl = Reorg.Post.new('T')
    tpl.set_salary(gbp('21000'))
    bulk = Reorg.Proposal.new('bulk')
    bulk.add_change(Reorg.Change.new_disestablish_unit_posts(d1, 'U0', None))
    bulk.add_change(Reorg.Change.new_establish_posts(
        d2, tpl, 'U1', Reorg.Fte.from_decimal(100000), 'NEW'))
    assert bulk.get_change(1).get_n_new_posts() == 100000
    assert len(bulk.validate(base)) == 0
    bulk_result = bulk.apply(base, None)
    assert bulk_result.lookup_unit('U0').get_n_posts() == 0
    assert bulk_result.get_n_posts() == n_posts
    assert bulk_result.lookup_post('NEW-100000') is not None
    assert bulk_result.lookup_post('NEW-100001') is None
    assert bulk_result.lookup_unit('U1').get_n_posts() == \
        base.lookup_unit('U1').get_n_posts() + 100000
    total = bulk_result.rollup(Reorg.Dimension.NONE).get_total()
    assert total.get_cost().pence == \
        sum(salaries[i] for i in range(100000, n_posts)) + 100000 * 2100000
    # The base is as it was.
    assert base.lookup_unit('U0').get_n_posts() == 100000
    assert base.get_n_posts() == n_posts


# ---- the Python override --------------------------------------------------------

def test_override_change_problem_and_proposal(base):
    c = Reorg.Change.new_disestablish_post(date(2011, 3, 31), 'NOPE')
    assert str(c) == "disestablish post 'NOPE'"
    assert repr(c) == "<Reorg.Change 2011-03-31 disestablish post 'NOPE'>"
    est = Reorg.Change.new_establish_posts(date(2011, 4, 1), Reorg.Post.new('T'), 'FF',
                                           fte('18.5'), 'FF')
    assert repr(est) == \
        "<Reorg.Change 2011-04-01 establish 18.5 FTE as 19 posts FF-001 to FF-019 in unit 'FF'>"
    p = proposal_of(est, c)
    assert isinstance(p.changes, Gio.ListModel)
    assert list(p.changes) == [est, c]
    assert [str(x) for x in p.changes] == [est.describe(), c.describe()]
    problem = p.validate(base)[0]
    assert str(problem) == "change 1: post 'NOPE' does not exist"
    assert repr(problem) == "<Reorg.Problem change 1 unknown-post 'NOPE'>"
