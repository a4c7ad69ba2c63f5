// test-structure.js: units, posts, structures and rollups from GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
import Reorg from 'gi://Reorg?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import {test, assert, assertEqual, assertThrows, done} from './tap.js';

const Kind = Reorg.UnitKind;
const Status = Reorg.PostStatus;
const Tenure = Reorg.Tenure;
const Funding = Reorg.FundingKind;
const Dim = Reorg.Dimension;

// Amounts in these tests stay far below 2^53 pence.
const fte = text => Reorg.Fte.parse(text);
const gbp = text => Reorg.Money.parse(text, Reorg.MoneyScale.UNITS);
// GJS 1.74 makes only Gio.ListStore iterable; the library's models are of
// a private type, so walk them with get_n_items() and get_item().
function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}
const refs = model => items(model).map(x => x.get_reference());

function makePost(ref, {title = '', fteText = '1', salary = '30000', grade = 'SO1',
    status = Status.FILLED, tenure = Tenure.PERMANENT, funding = Funding.MAINSTREAM,
    fundingName = null, onCosts = null, onCostRate = null} = {}) {
    const p = Reorg.Post.new(ref);
    p.set_title(title);
    p.set_grade(grade);
    p.set_fte(fte(fteText));
    p.set_salary(gbp(salary));
    if (onCosts !== null)
        p.set_on_costs(gbp(onCosts));
    if (onCostRate !== null)
        p.set_on_cost_rate(onCostRate);
    p.set_status(status);
    p.set_tenure(tenure);
    p.set_funding(funding, fundingName);
    return p;
}

function addUnit(s, ref, parent = null, name = ref, kind = Kind.TEAM) {
    const u = Reorg.Unit.new(ref, name, kind);
    s.add_unit(u, parent);
    return u;
}

function addPost(s, unit, ref, options = {}) {
    const p = makePost(ref, options);
    s.add_post(p, unit);
    return p;
}

// The same small tree as tests/python/test_structure.py.
function childrensServices() {
    const s = Reorg.Structure.new();
    const cs = addUnit(s, 'CS', null, "Children's Services", Kind.DIRECTORATE);
    const es = addUnit(s, 'ES', cs, 'Education Services', Kind.SERVICE);
    const seo = addUnit(s, 'SEO', es, 'School Effectiveness', Kind.TEAM);
    const ff = addUnit(s, 'FF', cs, 'Families First', Kind.SERVICE);
    addPost(s, cs, 'CS-DIR', {title: 'Director', salary: '120000', grade: 'JNC', onCostRate: 2500});
    addPost(s, es, 'ES-HEAD', {title: 'Head of Education', salary: '65000', grade: 'SM2', onCosts: '16250'});
    addPost(s, seo, 'ES-SEO-01', {salary: '52000', grade: 'SO2', onCostRate: 2500});
    addPost(s, seo, 'ES-SEO-02', {salary: '52000', grade: 'SO2', status: Status.VACANT});
    addPost(s, seo, '00009000', {title: 'Grant-funded adviser', fteText: '0.6', salary: '30000',
        funding: Funding.GRANT, fundingName: 'ABG', onCosts: '7500', tenure: Tenure.FIXED_TERM});
    addPost(s, ff, 'FF-001', {fteText: '0.94', salary: '24000', grade: 'Grade 6', tenure: Tenure.TEMPORARY});
    addPost(s, ff, 'FF-002', {fteText: '18.5', salary: '444000', grade: 'Grade 6',
        status: Status.FROZEN, funding: Funding.RESERVES});
    addPost(s, ff, 'FF-003', {fteText: '0.5', salary: '12000.50', grade: 'Grade 6',
        funding: Funding.GRANT, fundingName: 'Troubled Families', tenure: Tenure.SECONDMENT});
    s.set_reports_to(s.lookup_post('ES-HEAD'), s.lookup_post('CS-DIR'));
    s.set_reports_to(s.lookup_post('ES-SEO-01'), s.lookup_post('ES-HEAD'));
    s.set_reports_to(s.lookup_post('ES-SEO-02'), s.lookup_post('ES-HEAD'));
    return s;
}

function subtreePosts(unit) {
    const out = [];
    const stack = [unit];
    while (stack.length > 0) {
        const u = stack.pop();
        out.push(...items(u.get_posts()));
        stack.push(...items(u.get_children()));
    }
    return out;
}

// [posts, fte units, cost pence, vacant posts, vacant fte units]
function jsTotals(posts) {
    const t = [0, 0, 0, 0, 0];
    for (const p of posts) {
        t[0] += 1;
        t[1] += p.get_fte().units;
        t[2] += p.get_annual_cost().pence;
        if (p.is_vacant()) {
            t[3] += 1;
            t[4] += p.get_fte().units;
        }
    }
    return t;
}

function libTotals(t) {
    return [t.get_posts(), t.get_fte().units, t.get_cost().pence,
        t.get_vacant_posts(), t.get_vacant_fte().units];
}

// ---- units and posts ---------------------------------------------------------

test('unit: properties', () => {
    const u = Reorg.Unit.new('ES', 'Education Services', Kind.SERVICE);
    assertEqual(u.get_reference(), 'ES');
    assertEqual(u.get_name(), 'Education Services');
    assertEqual(u.get_kind(), Kind.SERVICE);
    assertEqual(u.get_parent(), null);
    u.set_place(Reorg.PlaceKind.AREA, 'North');
    assertEqual(u.get_place(), 'North');
    assertEqual(u.get_place_kind(), Reorg.PlaceKind.AREA);
});

test('post: defaults and setters', () => {
    const p = Reorg.Post.new('00009000');
    assertEqual(p.get_reference(), '00009000');
    assertEqual(p.get_fte().units, 10000);
    assertEqual(p.get_salary().pence, 0);
    assertEqual(p.get_status(), Status.FILLED);
    p.set_funding(Funding.GRANT, 'ABG');
    assertEqual(p.get_funding_kind(), Funding.GRANT);
    assertEqual(p.get_funding_name(), 'ABG');
    p.set_status(Status.FROZEN);
    assert(p.is_vacant());
});

test('post: annual cost', () => {
    const p = makePost('A', {salary: '52000', onCostRate: 2500});
    assertEqual(p.get_annual_cost().pence, 6500000);
    assertEqual(makePost('B', {salary: '30000', onCosts: '7500'}).get_annual_cost().pence, 3750000);
});

test('post: zero or negative FTE rejected, post unchanged', () => {
    const p = makePost('P', {fteText: '0.6'});
    for (const bad of ['0', '-1']) {
        assertThrows(() => p.set_fte(fte(bad)), Reorg.Error, Reorg.Error.INVALID);
        assertEqual(p.get_fte().units, 6000);
    }
});

test('post: negative cost rejected, post unchanged', () => {
    const p = makePost('P', {salary: '30000', onCosts: '7500'});
    assertThrows(() => p.set_salary(gbp('-0.01')), Reorg.Error, Reorg.Error.INVALID);
    assertThrows(() => p.set_on_costs(gbp('-1')), Reorg.Error, Reorg.Error.INVALID);
    assertThrows(() => p.set_on_cost_rate(-1), Reorg.Error, Reorg.Error.INVALID);
    assertEqual(p.get_salary().pence, 3000000);
    assertEqual(p.get_annual_cost().pence, 3750000);
});

// ---- structures --------------------------------------------------------------

test('structure: tree', () => {
    const s = childrensServices();
    assertEqual(s.get_n_units(), 4);
    assertEqual(s.get_n_posts(), 8);
    const seo = s.lookup_unit('SEO');
    assertEqual(seo.get_parent().get_reference(), 'ES');
    assertEqual(seo.get_depth(), 2);
    assertEqual(s.lookup_unit('CS').get_depth(), 0);
    assert(s.lookup_post('ES-SEO-01').get_unit() === seo);
});

test('structure: lookup keeps leading zeros', () => {
    const s = childrensServices();
    const p = s.lookup_post('00009000');
    assert(p !== null);
    assertEqual(p.get_reference(), '00009000');
    assertEqual(s.lookup_post('9000'), null);
    assertEqual(s.lookup_unit('NOPE'), null);
});

test('structure: list models', () => {
    const s = childrensServices();
    const units = s.get_units();
    assert(units instanceof Gio.ListModel);
    assertEqual(units.get_n_items(), 4);
    assertEqual(refs(units).sort(), ['CS', 'ES', 'FF', 'SEO']);
    assertEqual(units.get_item(4), null);
    assertEqual(s.get_posts().get_n_items(), 8);
    assertEqual(refs(s.get_roots()), ['CS']);
    assertEqual(refs(s.lookup_unit('CS').get_children()), ['ES', 'FF']);
    assertEqual(refs(s.lookup_unit('SEO').get_posts()), ['ES-SEO-01', 'ES-SEO-02', '00009000']);
    let seen = 0;
    for (const p of items(s.get_posts())) {
        assert(p instanceof Reorg.Post);
        seen++;
    }
    assertEqual(seen, 8);
});

test('structure: list models follow changes', () => {
    const s = childrensServices();
    const posts = s.get_posts();
    const changes = [];
    posts.connect('items-changed', (model, position, removed, added) => {
        changes.push([position, removed, added]);
    });
    addPost(s, s.lookup_unit('SEO'), 'ES-SEO-03');
    assertEqual(changes.length, 1);
    assertEqual(changes[0], [8, 0, 1]);
    assertEqual(posts.get_n_items(), 9);
});

test('structure: duplicate references', () => {
    const s = childrensServices();
    let e = assertThrows(() => addUnit(s, 'ES', s.lookup_unit('CS')),
        Reorg.Error, Reorg.Error.DUPLICATE);
    assert(e.message.includes('ES'), e.message);
    e = assertThrows(() => addPost(s, s.lookup_unit('FF'), '00009000'),
        Reorg.Error, Reorg.Error.DUPLICATE);
    assert(e.message.includes('00009000'), e.message);
    assertEqual(s.get_n_units(), 4);
    assertEqual(s.get_n_posts(), 8);
    assertEqual(s.lookup_post('00009000').get_unit().get_reference(), 'SEO');
});

test('structure: move_unit cycle', () => {
    const s = childrensServices();
    const [cs, es, seo] = ['CS', 'ES', 'SEO'].map(r => s.lookup_unit(r));
    assertThrows(() => s.move_unit(cs, seo), Reorg.Error, Reorg.Error.CYCLE);
    assertThrows(() => s.move_unit(es, es), Reorg.Error, Reorg.Error.CYCLE);
    assertEqual(cs.get_parent(), null);
    assert(seo.get_parent() === es);
    s.move_unit(seo, s.lookup_unit('FF'));
    assertEqual(seo.get_parent().get_reference(), 'FF');
});

test('structure: remove a unit that is not empty', () => {
    const s = childrensServices();
    assertThrows(() => s.remove_unit(s.lookup_unit('CS')), Reorg.Error, Reorg.Error.NOT_EMPTY);
    assertThrows(() => s.remove_unit(s.lookup_unit('SEO')), Reorg.Error, Reorg.Error.NOT_EMPTY);
    assertEqual(s.get_n_units(), 4);
    const empty = addUnit(s, 'EMPTY', s.lookup_unit('ES'));
    s.remove_unit(empty);
    assertEqual(s.lookup_unit('EMPTY'), null);
});

test('structure: unknown unit', () => {
    const s = childrensServices();
    const loose = Reorg.Unit.new('LOOSE', 'Loose', Kind.TEAM);
    assertThrows(() => addPost(s, loose, 'X-1'), Reorg.Error, Reorg.Error.NOT_FOUND);
    assertEqual(s.lookup_post('X-1'), null);
});

test('structure: set_reports_to cycle', () => {
    const s = childrensServices();
    const director = s.lookup_post('CS-DIR');
    const head = s.lookup_post('ES-HEAD');
    const seo = s.lookup_post('ES-SEO-01');
    assertThrows(() => s.set_reports_to(director, director), Reorg.Error, Reorg.Error.CYCLE);
    assertThrows(() => s.set_reports_to(director, seo), Reorg.Error, Reorg.Error.CYCLE);
    assertEqual(director.get_reports_to(), null);
    assert(head.get_reports_to() === director);
    assertEqual(head.get_n_reports(), 2);
    assertThrows(() => s.remove_post(head), Reorg.Error, Reorg.Error.NOT_EMPTY);
});

test('structure: copy and equal', () => {
    const s = childrensServices();
    const c = s.copy();
    assert(s.equal(c));
    c.lookup_post('FF-001').set_fte(fte('1'));
    assert(!s.equal(c));
});

// ---- rollups -------------------------------------------------------------------

test('rollup: totals per unit against sums in JS', () => {
    const s = childrensServices();
    const r = s.rollup(Dim.NONE);
    assertEqual(libTotals(r.get_total()), jsTotals(items(s.get_posts())));
    for (const unit of items(s.get_units())) {
        assertEqual(libTotals(r.get_totals(unit)), jsTotals(subtreePosts(unit)), unit.get_reference());
        assertEqual(libTotals(r.get_own_totals(unit)), jsTotals(items(unit.get_posts())), unit.get_reference());
    }
    const seo = r.get_totals(s.lookup_unit('SEO'));
    assertEqual(seo.get_fte().to_string(), '2.6');
    assertEqual(seo.get_cost().to_string(), '£154,500');
    assertEqual(r.get_total().get_fte().to_string(), '24.54');
    assertEqual(r.get_total().get_key(), null);
});

const KEY_OF = {
    [Dim.STATUS]: p => ['filled', 'vacant', 'frozen'][p.get_status()],
    [Dim.TENURE]: p => ['permanent', 'temporary', 'fixed-term', 'secondment'][p.get_tenure()],
    [Dim.FUNDING]: p => ['mainstream', 'grant', 'reserves', 'other'][p.get_funding_kind()] +
        (p.get_funding_name() ? `: ${p.get_funding_name()}` : ''),
    [Dim.GRADE]: p => p.get_grade(),
};

for (const [name, dim] of [['status', Dim.STATUS], ['tenure', Dim.TENURE],
    ['funding', Dim.FUNDING], ['grade', Dim.GRADE]]) {
    test(`rollup: breakdown by ${name}`, () => {
        const s = childrensServices();
        const r = s.rollup(dim);
        assertEqual(r.get_dimension(), dim);
        for (const unit of items(s.get_units())) {
            const want = new Map();
            for (const p of subtreePosts(unit)) {
                const k = KEY_OF[dim](p);
                want.set(k, [...want.get(k) || [], p]);
            }
            const rows = r.get_breakdown(unit);
            assertEqual(rows.map(t => t.get_key()).sort(), [...want.keys()].sort(), unit.get_reference());
            for (const t of rows)
                assertEqual(libTotals(t), jsTotals(want.get(t.get_key())), `${unit.get_reference()} ${t.get_key()}`);
        }
    });
}

test('rollup: breakdown of the whole structure', () => {
    const s = childrensServices();
    const rows = s.rollup(Dim.STATUS).get_breakdown(null);
    assertEqual(rows.map(t => t.get_key()), ['filled', 'vacant', 'frozen']);
    assertEqual(rows.map(t => t.get_posts()), [6, 1, 1]);
});

// ---- big structures ------------------------------------------------------------

test('a chain of 100,000 units', () => {
    const depth = 100000;
    const s = Reorg.Structure.new();
    let parent = null;
    let second = null;
    for (let i = 0; i < depth; i++) {
        const u = Reorg.Unit.new(`U${i}`, `Unit ${i}`, Kind.TEAM);
        s.add_unit(u, parent);
        parent = u;
        if (i === 1)
            second = u;
    }
    assertEqual(parent.get_depth(), depth - 1);
    addPost(s, parent, 'BOTTOM', {fteText: '0.5', salary: '1000'});
    addPost(s, second, 'MIDDLE', {salary: '2000'});
    const r = s.rollup(Dim.NONE);
    const top = s.lookup_unit('U0');
    assertEqual(r.get_totals(top).get_posts(), 2);
    assertEqual(r.get_totals(top).get_fte().to_string(), '1.5');
    assertEqual(r.get_totals(top).get_cost().pence, 300000);
    assertEqual(r.get_totals(parent).get_posts(), 1);
    assertThrows(() => s.move_unit(top, parent), Reorg.Error, Reorg.Error.CYCLE);
});

test('100,000 posts in 5,000 units', () => {
    const nUnits = 5000, perUnit = 20, fanOut = 8;
    const s = Reorg.Structure.new();
    const units = [];
    const own = [];
    const ftes = [10000, 6000, 9400, 185000, 5000].map(u => Reorg.Fte.new(u));
    const salaries = [3000000, 2400050, 5200000, 6500000, 1].map(p => Reorg.Money.new(p));
    const statuses = [Status.FILLED, Status.FILLED, Status.VACANT, Status.FROZEN];
    let n = 0;
    for (let i = 0; i < nUnits; i++) {
        const u = Reorg.Unit.new(`U${i}`, `Unit ${i}`, Kind.TEAM);
        s.add_unit(u, i ? units[Math.floor((i - 1) / fanOut)] : null);
        units.push(u);
        const t = [0, 0, 0, 0, 0];
        for (let j = 0; j < perUnit; j++, n++) {
            const p = Reorg.Post.new(`P${n}`);
            const f = ftes[n % 5], m = salaries[n % 7 % 5], st = statuses[n % 4];
            p.set_fte(f);
            p.set_salary(m);
            p.set_status(st);
            s.add_post(p, u);
            t[0]++;
            t[1] += f.units;
            t[2] += m.pence;
            if (st !== Status.FILLED) {
                t[3]++;
                t[4] += f.units;
            }
        }
        own.push(t);
    }
    assertEqual(s.get_n_posts(), 100000);
    for (let i = nUnits - 1; i > 0; i--) {
        const parentTotals = own[Math.floor((i - 1) / fanOut)];
        for (let k = 0; k < 5; k++)
            parentTotals[k] += own[i][k];
    }
    const r = s.rollup(Dim.NONE);
    assertEqual(libTotals(r.get_total()), own[0]);
    for (let i = 0; i < nUnits; i++)
        assertEqual(libTotals(r.get_totals(units[i])), own[i], units[i].get_reference());
});

done();
