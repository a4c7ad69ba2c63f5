// test-proposal.js: changes and proposals from GJS: the kinds of change,
// validation with every problem, applying as at several dates, a failing
// apply that changes nothing, the bulk forms, and proposals in a plan.
//
// The same scenarios as tests/python/test_proposal.py, smaller.
//
// SPDX-License-Identifier: LGPL-2.1-or-later
import Reorg from 'gi://Reorg?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import {test, assert, assertEqual, assertThrows, done} from './tap.js';

const C = Reorg.Change;
const Kind = Reorg.ChangeKind;
const Status = Reorg.PostStatus;
const Tenure = Reorg.Tenure;
const Funding = Reorg.FundingKind;

const fte = text => Reorg.Fte.parse(text);
const gbp = text => Reorg.Money.parse(text, Reorg.MoneyScale.UNITS);
const date = (y, m, d) => GLib.Date.new_dmy(d, m, y);
const ymd = d => [d.get_year(), d.get_month(), d.get_day()];

// GJS 1.74 cannot iterate the library's list models: walk them by index.
function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}
const refs = model => items(model).map(x => x.get_reference());

function addUnit(s, ref, name, kind, parentRef) {
    const u = Reorg.Unit.new(ref, name, kind);
    s.add_unit(u, parentRef ? s.lookup_unit(parentRef) : null);
    return u;
}

// A post of 1 FTE with 25% on-costs.
function addPost(s, ref, unitRef, title, salary, managerRef) {
    const p = Reorg.Post.new(ref);
    p.set_title(title);
    p.set_salary(gbp(String(salary)));
    p.set_on_cost_rate(2500);
    s.add_post(p, s.lookup_unit(unitRef));
    if (managerRef)
        s.set_reports_to(p, s.lookup_post(managerRef));
    return p;
}

// The base of tests/test-proposal.c: 6 units, 50 posts.
function manchester() {
    const s = Reorg.Structure.new();
    s.set_date(date(2010, 12, 22));
    addUnit(s, 'CS', "Children's Services", Reorg.UnitKind.ORGANISATION, null);
    addUnit(s, 'ES', 'Education Services', Reorg.UnitKind.SERVICE, 'CS');
    addUnit(s, 'ES-SEO', 'School Effectiveness', Reorg.UnitKind.TEAM, 'ES');
    addUnit(s, 'FS', 'Family Support', Reorg.UnitKind.SERVICE, 'CS');
    addUnit(s, 'FISS', 'Family Intervention Support Service', Reorg.UnitKind.TEAM, 'FS');
    addUnit(s, 'FF', 'Families First', Reorg.UnitKind.TEAM, 'FS');
    addPost(s, 'CS-DIR', 'CS', 'Director', 120000, null);
    addPost(s, 'ES-HEAD', 'ES', 'Head of Education Services', 65000, 'CS-DIR');
    addPost(s, 'SIIM', 'ES', 'School Improvement and Interventions Manager', 55000, 'ES-HEAD');
    for (let i = 1; i <= 3; i++)
        addPost(s, `SEO-0${i}`, 'ES-SEO', 'School Effectiveness Officer', 52000, 'ES-HEAD');
    addPost(s, 'LSO-01', 'ES-SEO', 'Learning Strategy Officer', 46000, 'ES-HEAD');
    addPost(s, 'FS-HEAD', 'FS', 'Head of Family Support', 60000, 'CS-DIR');
    for (let i = 1; i <= 4; i++) {
        const p = addPost(s, `SW-${i}`, 'FS', 'Social Worker', 30000, 'FS-HEAD');
        p.set_tenure(Tenure.TEMPORARY);
        p.set_funding(Funding.GRANT, 'ABG');
    }
    addPost(s, 'FISS-001', 'FISS', 'FISS Manager', 40000, 'FS-HEAD');
    for (let i = 2; i <= 38; i++) {
        const p = addPost(s, `FISS-${String(i).padStart(3, '0')}`, 'FISS', 'Family Support Worker',
            25000, 'FISS-001');
        if (i % 4 === 0)
            p.set_status(Status.VACANT);
    }
    assertEqual(s.get_n_posts(), 50);
    return s;
}

function proposalOf(...changes) {
    const p = Reorg.Proposal.new('p');
    for (const c of changes)
        p.add_change(c);
    return p;
}

const applyOne = (base, change) => proposalOf(change).apply(base, null);
const unitOf = (s, ref) => s.lookup_post(ref).get_unit().get_reference();
function managerOf(s, ref) {
    const m = s.lookup_post(ref).get_reports_to();
    return m ? m.get_reference() : null;
}

// Runs fn on a fresh base and checks the base is unchanged afterwards.
function withBase(fn) {
    return () => {
        const base = manchester();
        const pristine = base.copy();
        fn(base);
        assert(base.equal(pristine), 'the base structure was modified');
    };
}

// ---- changes ----------------------------------------------------------------

test('change: establish post keeps its own template', () => {
    const tpl = Reorg.Post.new('FF-01');
    tpl.set_title('Family worker');
    tpl.set_fte(fte('0.5'));
    const c = C.new_establish_post(date(2011, 4, 1), tpl, 'FF', 'FF-MGR');
    assertEqual(c.get_kind(), Kind.ESTABLISH_POST);
    assertEqual(ymd(c.get_date()), [2011, 4, 1]);
    assertEqual(c.get_post_reference(), 'FF-01');
    assertEqual(c.get_unit_reference(), 'FF');
    assertEqual(c.get_manager_reference(), 'FF-MGR');
    assertEqual(c.get_salary(), null);
    assertEqual(c.get_n_new_posts(), 1);
    const own = c.get_template_post();
    assert(own !== tpl);
    tpl.set_title('Changed later');
    assertEqual(own.get_title(), 'Family worker');
    assertEqual(c.describe(), "establish post 'FF-01' in unit 'FF', reporting to 'FF-MGR'");
});

test('change: every kind describes itself', () => {
    const d = date(2011, 4, 1);
    const unit = Reorg.Unit.new('FF', 'Families First', Reorg.UnitKind.TEAM);
    const tpl = Reorg.Post.new('T');
    const cases = [
        [C.new_disestablish_post(d, 'P1'), Kind.DISESTABLISH_POST, "disestablish post 'P1'"],
        [C.new_regrade(d, 'P1', 'Grade 7', gbp('45000')), Kind.REGRADE,
            "regrade post 'P1' to Grade 7 at £45,000.00"],
        [C.new_set_fte(d, 'P1', fte('0.6')), Kind.SET_FTE, "set the FTE of post 'P1' to 0.6"],
        [C.new_set_salary(d, 'P1', gbp('45000')), Kind.SET_SALARY, null],
        [C.new_set_tenure(d, 'SW-1', Tenure.PERMANENT), Kind.SET_TENURE, "make post 'SW-1' permanent"],
        [C.new_set_funding(d, 'P1', Funding.GRANT, 'ABG'), Kind.SET_FUNDING, "fund post 'P1' from grant ABG"],
        [C.new_set_reports_to(d, 'P1', null), Kind.SET_REPORTS_TO, "make post 'P1' a top post"],
        [C.new_move_post(d, 'P1', 'FS'), Kind.MOVE_POST, "move post 'P1' to unit 'FS'"],
        [C.new_create_unit(d, unit, 'FS'), Kind.CREATE_UNIT, "create unit 'FF' under 'FS'"],
        [C.new_rename_unit(d, 'ES', 'Education'), Kind.RENAME_UNIT, 'rename unit \'ES\' to "Education"'],
        [C.new_move_unit(d, 'ES', null), Kind.MOVE_UNIT, "make unit 'ES' a top-level unit"],
        [C.new_merge_unit(d, 'FISS', 'FF'), Kind.MERGE_UNIT, "merge unit 'FISS' into 'FF'"],
        [C.new_close_unit(d, 'FISS'), Kind.CLOSE_UNIT, "close unit 'FISS'"],
        [C.new_disestablish_unit_posts(d, 'FISS', null), Kind.DISESTABLISH_UNIT_POSTS,
            "disestablish the posts in unit 'FISS'"],
        [C.new_establish_posts(d, tpl, 'FF', fte('18.5'), 'FF'), Kind.ESTABLISH_POSTS,
            "establish 18.5 FTE as 19 posts FF-001 to FF-019 in unit 'FF'"],
    ];
    for (const [change, kind, text] of cases) {
        assertEqual(change.get_kind(), kind, text);
        if (text !== null)
            assertEqual(change.describe(), text);
    }
    assertEqual(cases[1][0].get_salary().pence, 4500000);
    assertEqual(cases[2][0].get_fte().units, 6000);
    assertEqual(cases[5][0].get_funding_name(), 'ABG');
    assertEqual(cases[6][0].get_manager_reference(), null);
    assertEqual(cases[11][0].get_into_reference(), 'FF');
    assertEqual(cases[14][0].get_n_new_posts(), 19);
    assertEqual(cases[14][0].get_reference_prefix(), 'FF');
});

test('change: label, phase, condition and pay protection', () => {
    const c = C.new_disestablish_post(date(2012, 3, 31), 'SIIM');
    const notified = [];
    c.connect('notify', (obj, pspec) => notified.push(pspec.name));
    assertEqual(c.get_label(), null);
    assertEqual(c.get_condition(), Reorg.ConditionKind.NONE);
    c.set_label('Education Services SMT');
    c.set_label('Education Services SMT');
    assertEqual(notified, ['label']);
    c.set_phase('Phase 2');
    c.set_condition(Reorg.ConditionKind.IF_VACANT, 'and earlier only if the post becomes vacant');
    assertEqual(c.label, 'Education Services SMT');
    assertEqual(c.condition, Reorg.ConditionKind.IF_VACANT);
    assertEqual(c.get_phase(), 'Phase 2');
    assertEqual(ymd(c.get_money_date()), [2012, 3, 31]);
    c.set_pay_protection_until(date(2012, 1, 1));   // before the date: no effect
    assertEqual(ymd(c.get_money_date()), [2012, 3, 31]);
    c.set_pay_protection_until(date(2012, 9, 30));
    assertEqual(ymd(c.get_pay_protection_until()), [2012, 9, 30]);
    assertEqual(ymd(c.get_money_date()), [2012, 9, 30]);
    c.set_pay_protection_until(null);
    assertEqual(c.get_pay_protection_until(), null);
    assertEqual(ymd(c.get_money_date()), [2012, 3, 31]);
    assertEqual(c.kind, Kind.DISESTABLISH_POST);
});

test('change: equal', () => {
    const d = date(2011, 4, 1);
    const a = C.new_disestablish_post(d, 'X');
    const b = C.new_disestablish_post(d, 'X');
    assert(a.equal(b));
    b.set_label('L');
    assert(!a.equal(b));
    assert(!a.equal(C.new_disestablish_post(date(2011, 4, 2), 'X')));
});

// ---- proposals -----------------------------------------------------------------

test('proposal: basics and its list model', () => {
    const p = Reorg.Proposal.new('Phase 1');
    const changes = p.get_changes();
    assert(changes instanceof Gio.ListModel);
    const signals = [];
    changes.connect('items-changed', (m, pos, removed, added) => signals.push([pos, removed, added]));
    const a = C.new_disestablish_post(date(2011, 3, 31), 'A');
    const b = C.new_disestablish_post(date(2011, 4, 1), 'B');
    p.add_change(a);
    p.add_change(b);
    assertEqual(signals.length, 2);
    assertEqual(p.get_n_changes(), 2);
    assertEqual(changes.get_n_items(), 2);
    assert(changes.get_item(1) === b);
    assert(p.get_change(0) === a);
    assertEqual(p.get_change(2), null);
    p.set_description('Education Services and FISS');
    assertEqual(p.get_description(), 'Education Services and FISS');
    p.remove_change(0);
    assertEqual(p.get_n_changes(), 1);
    assert(p.get_change(0) === b);
});

test('proposal: every kind applied', withBase(base => {
    const d = date(2011, 4, 1);
    const tpl = Reorg.Post.new('FF-MGR');
    tpl.set_salary(gbp('65000'));
    tpl.set_on_cost_rate(2000);
    let r = applyOne(base, C.new_establish_post(d, tpl, 'FF', 'FS-HEAD'));
    assertEqual(unitOf(r, 'FF-MGR'), 'FF');
    assertEqual(managerOf(r, 'FF-MGR'), 'FS-HEAD');
    assertEqual(r.lookup_post('FF-MGR').get_annual_cost().pence, 7800000);
    assertEqual(r.get_n_posts(), 51);

    r = applyOne(base, C.new_disestablish_post(d, 'LSO-01'));
    assertEqual(r.lookup_post('LSO-01'), null);
    assertEqual(r.lookup_post('ES-HEAD').get_n_reports(), 4);

    r = applyOne(base, C.new_regrade(d, 'SEO-01', 'Grade 12', gbp('48000')));
    assertEqual(r.lookup_post('SEO-01').get_grade(), 'Grade 12');
    assertEqual(r.lookup_post('SEO-01').get_annual_cost().pence, 6000000);

    r = applyOne(base, C.new_set_fte(d, 'FISS-002', fte('0.5')));
    assertEqual(r.lookup_post('FISS-002').get_salary().pence, 1250000);

    r = proposalOf(...[1, 2, 3, 4].map(i => C.new_set_tenure(d, `SW-${i}`, Tenure.PERMANENT))).apply(base, null);
    for (let i = 1; i <= 4; i++)
        assertEqual(r.lookup_post(`SW-${i}`).get_tenure(), Tenure.PERMANENT);

    r = applyOne(base, C.new_set_funding(d, 'SW-1', Funding.MAINSTREAM, null));
    assertEqual(r.lookup_post('SW-1').get_funding_kind(), Funding.MAINSTREAM);

    r = applyOne(base, C.new_set_reports_to(d, 'SIIM', 'CS-DIR'));
    assertEqual(managerOf(r, 'SIIM'), 'CS-DIR');

    r = applyOne(base, C.new_move_post(d, 'LSO-01', 'FS'));
    assertEqual(unitOf(r, 'LSO-01'), 'FS');
    assertEqual(managerOf(r, 'LSO-01'), 'ES-HEAD');

    r = applyOne(base, C.new_create_unit(d, Reorg.Unit.new('FF-C', 'Central', Reorg.UnitKind.TEAM), 'FF'));
    assertEqual(r.lookup_unit('FF-C').get_parent().get_reference(), 'FF');

    r = applyOne(base, C.new_rename_unit(d, 'ES', 'Education'));
    assertEqual(r.lookup_unit('ES').get_name(), 'Education');

    r = applyOne(base, C.new_move_unit(d, 'ES-SEO', 'FS'));
    assertEqual(r.lookup_unit('ES-SEO').get_parent().get_reference(), 'FS');

    r = applyOne(base, C.new_merge_unit(d, 'FISS', 'FF'));
    assertEqual(r.lookup_unit('FISS'), null);
    assertEqual(r.lookup_unit('FF').get_n_posts(), 38);
    assertEqual(managerOf(r, 'FISS-017'), 'FISS-001');

    r = applyOne(base, C.new_close_unit(d, 'FF'));
    assertEqual(r.lookup_unit('FF'), null);
}));

test('bulk: 38 FTE out, 18.5 FTE in as 18 posts and one paid pro rata', withBase(base => {
    const d = date(2011, 4, 1);
    const tpl = Reorg.Post.new('template');
    tpl.set_title('Families First Worker');
    tpl.set_salary(gbp('26000'));
    tpl.set_status(Status.VACANT);
    const r = proposalOf(C.new_disestablish_unit_posts(d, 'FISS', null),
        C.new_establish_posts(d, tpl, 'FF', fte('18.5'), 'FF')).apply(base, null);
    assertEqual(r.lookup_unit('FISS').get_n_posts(), 0);
    const ff = r.lookup_unit('FF');
    assertEqual(refs(ff.get_posts()), [...Array(19).keys()].map(i => `FF-${String(i + 1).padStart(3, '0')}`));
    for (let i = 1; i <= 19; i++) {
        const p = r.lookup_post(`FF-${String(i).padStart(3, '0')}`);
        assertEqual(p.get_fte().units, i < 19 ? 10000 : 5000);
        assertEqual(p.get_salary().pence, i < 19 ? 2600000 : 1300000);
    }
    const before = base.rollup(Reorg.Dimension.NONE).get_total();
    const after = r.rollup(Reorg.Dimension.NONE).get_total();
    assertEqual(before.get_fte().units - after.get_fte().units, 195000);   // 19.5 net
}));

test('as at several dates, day boundaries included', withBase(base => {
    const c0 = C.new_disestablish_post(date(2012, 3, 31), 'SIIM');
    c0.set_condition(Reorg.ConditionKind.IF_VACANT, 'from March 2012, earlier if vacant');
    const p = proposalOf(c0,
        C.new_disestablish_post(date(2011, 2, 28), 'LSO-01'),
        C.new_disestablish_unit_posts(date(2011, 3, 31), 'ES-SEO', null),
        C.new_close_unit(date(2011, 3, 31), 'ES-SEO'));
    const at = (y, m, d) => {
        const r = p.apply(base, date(y, m, d));
        assertEqual(ymd(r.get_date()), [y, m, d]);
        return r;
    };
    const counts = [[2011, 2, 27], [2011, 2, 28], [2011, 3, 30], [2011, 3, 31], [2012, 3, 30],
        [2012, 3, 31]].map(([y, m, d]) => at(y, m, d).get_n_posts());
    assertEqual(counts, [50, 49, 49, 46, 46, 45]);
    assert(at(2011, 3, 30).lookup_unit('ES-SEO') !== null);
    assertEqual(at(2011, 3, 31).lookup_unit('ES-SEO'), null);
    assert(at(2012, 3, 30).lookup_post('SIIM') !== null);
    assertEqual(at(2012, 3, 31).lookup_post('SIIM'), null);
    const undated = p.apply(base, null);
    assertEqual(ymd(undated.get_date()), [2010, 12, 22]);
    assertEqual(undated.get_n_posts(), 45);
}));

test('validate reports every problem, with codes and change indexes', withBase(base => {
    const d = date(2011, 3, 31), later = date(2011, 6, 30);
    const p = proposalOf(
        C.new_disestablish_post(d, 'NOPE'),
        C.new_disestablish_post(d, 'LSO-01'),
        C.new_disestablish_post(later, 'LSO-01'),
        C.new_establish_post(d, Reorg.Post.new('SEO-01'), 'ES', null),
        C.new_move_unit(d, 'ES', 'ES-SEO'),
        C.new_set_reports_to(d, 'CS-DIR', 'SIIM'),
        C.new_set_salary(d, 'SEO-02', gbp('40000')),
        C.new_set_salary(d, 'SEO-02', gbp('41000')),
        C.new_set_fte(d, 'FISS-004', Reorg.Fte.new(0)),
        C.new_disestablish_post(d, 'FS-HEAD'),
        C.new_move_post(d, 'SEO-03', 'NOWHERE'));
    p.get_change(10).set_label('Moves');
    const problems = p.validate(base);
    assertEqual(problems.map(x => `${x.get_change_index()} ${x.get_code()} ${x.get_reference()}`), [
        '0 unknown-post NOPE',
        '3 duplicate-reference SEO-01',
        '4 unit-cycle ES',
        '5 reporting-loop CS-DIR',
        '7 conflicting-changes SEO-02',
        '8 invalid-value FISS-004',
        '9 post-has-reports FS-HEAD',
        '10 unknown-unit NOWHERE',
        '2 post-already-gone LSO-01',
    ]);
    assertEqual(problems[7].get_label(), 'Moves');
    assertEqual(problems[8].get_message(), "change 2: post 'LSO-01' was already disestablished by change 1");
    const e = assertThrows(() => p.apply(base, null), Reorg.Error, Reorg.Error.NOT_FOUND);
    assertEqual(e.message, "change 0: post 'NOPE' does not exist");
}));

test('a failing apply changes nothing', withBase(base => {
    const d1 = date(2011, 3, 31), d2 = date(2011, 4, 1);
    const bad = C.new_disestablish_post(d2, 'FISS-012');
    bad.set_label('FISS to Families First');
    const p = proposalOf(C.new_disestablish_unit_posts(d1, 'FISS', null),
        C.new_rename_unit(d1, 'ES', 'Education'), bad, C.new_disestablish_post(d2, 'SIIM'));
    let signals = 0;
    base.get_posts().connect('items-changed', () => signals++);
    const e = assertThrows(() => p.apply(base, null), Reorg.Error, Reorg.Error.NOT_FOUND);
    assertEqual(e.message,
        "change 2 (FISS to Families First): post 'FISS-012' was already disestablished by change 0");
    assertEqual(signals, 0);
    assertEqual(base.get_n_posts(), 50);
    assertEqual(base.lookup_unit('ES').get_name(), 'Education Services');
    assertEqual(p.apply(base, d1).get_n_posts(), 12);
}));

test('a change with a bad value is Reorg.Error.INVALID', withBase(base => {
    const p = proposalOf(C.new_set_fte(date(2011, 4, 1), 'SIIM', Reorg.Fte.new(0)));
    const problems = p.validate(base);
    assertEqual(problems.length, 1);
    assertEqual(problems[0].get_code(), 'invalid-value');
    const e = assertThrows(() => p.apply(base, null), Reorg.Error, Reorg.Error.INVALID);
    assertEqual(e.message, 'change 0: FTE must be above zero, not 0');
}));

test('proposals in a plan: saved, loaded back equal', () => {
    const plan = Reorg.Plan.new();
    plan.set_structure(manchester());
    const p = Reorg.Proposal.new('Phase 1');
    const first = C.new_disestablish_unit_posts(date(2011, 3, 31), 'FISS', null);
    first.set_label('FISS to Families First');
    first.set_phase('Phase 1');
    const tpl = Reorg.Post.new('T');
    tpl.set_salary(gbp('26000'));
    const regrade = C.new_regrade(date(2011, 4, 1), 'SIIM', 'Grade 10', gbp('48000'));
    regrade.set_pay_protection_until(date(2011, 9, 30));
    p.add_change(first);
    p.add_change(C.new_establish_posts(date(2011, 4, 1), tpl, 'FF', fte('18.5'), 'FF'));
    p.add_change(regrade);
    plan.add_proposal(p);
    assertThrows(() => plan.add_proposal(Reorg.Proposal.new('Phase 1')), Reorg.Error, Reorg.Error.DUPLICATE);

    const dir = GLib.dir_make_tmp('reorg-js-XXXXXX');
    const path = GLib.build_filenamev([dir, 'plan.json']);
    plan.save_to_file(path);
    const loaded = Reorg.Plan.new_from_file(path);
    GLib.unlink(path);
    GLib.rmdir(dir);
    assert(loaded.equal(plan));
    const lp = loaded.lookup_proposal('Phase 1');
    assert(lp !== p);
    assert(lp.equal(p));
    assertEqual(lp.get_change(0).get_label(), 'FISS to Families First');
    assertEqual(lp.get_change(1).get_fte().units, 185000);
    assertEqual(ymd(lp.get_change(2).get_pay_protection_until()), [2011, 9, 30]);
    assert(lp.apply(loaded.get_structure(), null).equal(p.apply(plan.get_structure(), null)));
});

test('bulk changes of 20,000 posts on a structure of 40,000', () => {
    const base = Reorg.Structure.new();
    const root = Reorg.Unit.new('ROOT', 'Root', Reorg.UnitKind.ORGANISATION);
    base.add_unit(root, null);
    const units = [0, 1, 2].map(i => {
        const u = Reorg.Unit.new(`U${i}`, `U${i}`, Reorg.UnitKind.SERVICE);
        base.add_unit(u, root);
        return u;
    });
    for (let i = 0; i < 40000; i++) {
        const p = Reorg.Post.new(`P${String(i).padStart(5, '0')}`);
        p.set_salary(Reorg.Money.new(2000000 + i));
        base.add_post(p, units[i < 20000 ? 0 : 1 + i % 2]);
    }
    const p = Reorg.Proposal.new('large');
    for (let i = 0; i < 20000; i++)
        p.add_change(C.new_disestablish_post(date(2011, 3, 31), `P${String(20000 + i).padStart(5, '0')}`));
    assertEqual(p.validate(base).length, 0);
    assertEqual(p.apply(base, null).get_n_posts(), 20000);
    const tpl = Reorg.Post.new('T');
    const bulk = proposalOf(C.new_disestablish_unit_posts(date(2011, 3, 31), 'U0', null),
        C.new_establish_posts(date(2012, 3, 31), tpl, 'U1', Reorg.Fte.new(20000 * 10000), 'NEW'));
    const r = bulk.apply(base, null);
    assertEqual(r.get_n_posts(), 40000);
    assertEqual(r.lookup_unit('U0').get_n_posts(), 0);
    assert(r.lookup_post('NEW-20000') !== null);
    assertEqual(base.get_n_posts(), 40000);
});

done();
