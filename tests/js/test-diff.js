// test-diff.js: the differences between two structures from GJS: posts
// added, removed and changed with their fields, units added, removed, moved
// and renamed, rows and totals against sums made here, and the posts over
// a salary threshold.
//
// The same scenarios as tests/python/test_diff.py, smaller.
//
// SPDX-License-Identifier: LGPL-2.1-or-later
import Reorg from 'gi://Reorg?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import {test, assert, assertEqual, assertThrows, done} from './tap.js';

const Status = Reorg.PostStatus;
const Fields = Reorg.PostFields;
const UnitFields = Reorg.UnitFields;

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}
const refs = model => items(model).map(x => x.get_reference());

function addUnit(s, ref, name, parent) {
    const u = Reorg.Unit.new(ref, name, Reorg.UnitKind.TEAM);
    s.add_unit(u, parent);
    return u;
}

function addPost(s, ref, unit, fteUnits, salaryPence, status = Status.FILLED) {
    const p = Reorg.Post.new(ref);
    p.set_fte(Reorg.Fte.new(fteUnits));
    p.set_salary(Reorg.Money.new(salaryPence));
    p.set_status(status);
    s.add_post(p, unit);
    return p;
}

// The small structure of tests/test-diff.c.
function smallStructure() {
    const s = Reorg.Structure.new();
    const cs = addUnit(s, 'CS', "Children's Services", null);
    const es = addUnit(s, 'ES', 'Education Services', cs);
    const seo = addUnit(s, 'SEO', 'Senior Education Officers', es);
    const lso = addUnit(s, 'LSO', 'Local Support Officers', es);
    const fs = addUnit(s, 'FS', 'Family Services', cs);
    const fiss = addUnit(s, 'FISS', 'Family Intervention Support', fs);
    const dd = addPost(s, 'DD', cs, 10000, 9000000);
    let p = addPost(s, 'SEO1', seo, 10000, 5200000);
    p.set_title('Senior Education Officer');
    p.set_grade('SO2');
    s.set_reports_to(p, dd);
    p = addPost(s, 'SEO2', seo, 10000, 5200000, Status.VACANT);
    s.set_reports_to(p, dd);
    p = addPost(s, 'LSO1', lso, 6000, 2800000);
    p.set_tenure(Reorg.Tenure.TEMPORARY);
    addPost(s, 'FW1', fiss, 5000, 1200000);
    addPost(s, 'FW2', fiss, 5000, 1200000, Status.FROZEN);
    addPost(s, 'FW3', fiss, 10000, 2400000);
    return s;
}

const totals = t => [t.get_posts(), t.get_fte().units, t.get_cost().pence, t.get_vacant_posts()];
const change = row => [row.get_posts_change(), row.get_fte_change().units,
    row.get_cost_change().pence, row.get_vacancies_change()];

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

function jsTotals(posts) {
    const t = [0, 0, 0, 0];
    for (const p of posts) {
        t[0]++;
        t[1] += p.get_fte().units;
        t[2] += p.get_annual_cost().pence;
        if (p.get_status() !== Status.FILLED)
            t[3]++;
    }
    return t;
}

function checkRowsAgainstJs(diff, before, after) {
    for (const row of diff.get_rows()) {
        const ref = row.get_reference();
        const b = before.lookup_unit(ref) ? jsTotals(subtreePosts(before.lookup_unit(ref))) : [0, 0, 0, 0];
        const a = after.lookup_unit(ref) ? jsTotals(subtreePosts(after.lookup_unit(ref))) : [0, 0, 0, 0];
        assertEqual(totals(row.get_before()), b, `${ref} before`);
        assertEqual(totals(row.get_after()), a, `${ref} after`);
        assertEqual(change(row), a.map((x, i) => x - b[i]), `${ref} change`);
    }
    const b = jsTotals(items(before.get_posts()));
    const a = jsTotals(items(after.get_posts()));
    assertEqual(totals(diff.get_total().get_before()), b);
    assertEqual(totals(diff.get_total().get_after()), a);
}

test('identical structures: an empty diff', () => {
    const before = smallStructure();
    const diff = Reorg.Diff.new(before, before.copy());
    assert(diff.is_empty());
    assertEqual(diff.get_posts_added().get_n_items(), 0);
    assertEqual(diff.get_posts_removed().get_n_items(), 0);
    assertEqual(diff.get_posts_changed().length, 0);
    assertEqual(diff.get_rows().length, 6);
    assertEqual(totals(diff.get_total().get_after()), [7, 56000, 27000000, 2]);
    assertEqual(change(diff.get_total()), [0, 0, 0, 0]);
    assertEqual(diff.get_total().get_reference(), null);
});

const POST_CASES = [
    ['title', s => s.lookup_post('SEO1').set_title('Lead Education Officer'), Fields.TITLE],
    ['same title', s => s.lookup_post('SEO1').set_title('Senior Education Officer'), Fields.NONE],
    ['grade', s => s.lookup_post('SEO1').set_grade('SO3'), Fields.GRADE],
    ['fte', s => s.lookup_post('SEO1').set_fte(Reorg.Fte.new(8108)), Fields.FTE],
    ['salary', s => s.lookup_post('SEO1').set_salary(Reorg.Money.new(5500000)), Fields.SALARY],
    ['on-costs', s => s.lookup_post('SEO1').set_on_costs(Reorg.Money.new(1000000)), Fields.ON_COSTS],
    ['status', s => s.lookup_post('SEO1').set_status(Status.VACANT), Fields.STATUS],
    ['tenure', s => s.lookup_post('SEO1').set_tenure(Reorg.Tenure.FIXED_TERM), Fields.TENURE],
    ['funding', s => s.lookup_post('SEO1').set_funding(Reorg.FundingKind.RESERVES, null), Fields.FUNDING],
    ['unit', s => s.move_post(s.lookup_post('SEO1'), s.lookup_unit('LSO')), Fields.UNIT],
    ['reports to', s => s.set_reports_to(s.lookup_post('SEO1'), null), Fields.REPORTS_TO],
    ['job family', s => s.lookup_post('SEO1').set_job_family('Education'), Fields.JOB_FAMILY],
    ['several', s => {
        s.lookup_post('SEO1').set_title('Lead');
        s.lookup_post('SEO1').set_salary(Reorg.Money.new(5500000));
    }, Fields.TITLE | Fields.SALARY],
];

for (const [name, mutate, fields] of POST_CASES) {
    test(`post field: ${name}`, () => {
        const before = smallStructure();
        const after = before.copy();
        mutate(after);
        const diff = Reorg.Diff.new(before, after);
        const changed = diff.get_posts_changed();
        if (fields === Fields.NONE) {
            assertEqual(changed.length, 0);
            assert(diff.is_empty());
            return;
        }
        assertEqual(changed.length, 1);
        assertEqual(changed[0].get_reference(), 'SEO1');
        assertEqual(changed[0].get_fields(), fields);
        assert(changed[0].get_before() === before.lookup_post('SEO1'));
        assert(changed[0].get_after() === after.lookup_post('SEO1'));
        assertEqual(diff.lookup_post_change('SEO1').get_fields(), fields);
        assertEqual(diff.lookup_post_change('SEO2'), null);
    });
}

test('posts added and removed, rows against sums made here', () => {
    const before = smallStructure();
    const after = before.copy();
    const fiss = after.lookup_unit('FISS');
    after.remove_post(after.lookup_post('FW2'));
    after.remove_post(after.lookup_post('FW1'));
    addPost(after, 'FF2', fiss, 10000, 3000000, Status.VACANT);
    addPost(after, 'FF10', fiss, 5000, 1500000);
    addPost(after, '00009000', after.lookup_unit('CS'), 10000, 6500000, Status.VACANT);
    const diff = Reorg.Diff.new(before, after);
    const added = diff.get_posts_added();
    assert(added instanceof Gio.ListModel);
    assertEqual(refs(added), ['00009000', 'FF10', 'FF2']);
    assertEqual(refs(diff.get_posts_removed()), ['FW1', 'FW2']);
    assertEqual(change(diff.lookup_row('FISS')), [0, 5000, 2100000, 0]);
    assertEqual(change(diff.get_total()), [1, 15000, 8600000, 1]);
    checkRowsAgainstJs(diff, before, after);
});

test('units added, removed, moved and renamed', () => {
    const before = smallStructure();
    const old = addUnit(before, 'OLD', 'Old Team', before.lookup_unit('CS'));
    addPost(before, 'X1', old, 10000, 3000000);
    const after = before.copy();
    after.lookup_unit('FS').set_name('Early Help');
    after.move_unit(after.lookup_unit('LSO'), after.lookup_unit('FS'));
    addPost(after, 'FF1', addUnit(after, 'FF', 'Families First', after.lookup_unit('FS')), 10000, 3500000);
    after.move_unit(after.lookup_unit('SEO'), null);
    after.lookup_unit('SEO').set_name('Senior Officers');
    after.remove_post(after.lookup_post('X1'));
    after.remove_unit(after.lookup_unit('OLD'));
    const diff = Reorg.Diff.new(before, after);

    assertEqual(refs(diff.get_units_added()), ['FF']);
    assertEqual(refs(diff.get_units_removed()), ['OLD']);
    assertEqual(refs(diff.get_units_moved()), ['LSO', 'SEO']);
    assertEqual(refs(diff.get_units_renamed()), ['FS', 'SEO']);
    assertEqual(diff.get_posts_changed().length, 0);
    assertEqual(diff.get_rows().map(r => `${r.get_reference()}:${r.get_depth()}`),
        ['CS:0', 'ES:1', 'FS:1', 'FISS:2', 'LSO:2', 'FF:2', 'SEO:0', 'OLD:1']);
    assertEqual(diff.lookup_row('FS').get_unit_fields(), UnitFields.NAME);
    assertEqual(diff.lookup_row('SEO').get_unit_fields(), UnitFields.NAME | UnitFields.PARENT);
    assertEqual(diff.lookup_row('LSO').get_unit_fields(), UnitFields.PARENT);
    assertEqual(diff.lookup_row('FS').get_before_unit().get_name(), 'Family Services');
    assertEqual(diff.lookup_row('FF').get_before_unit(), null);
    assertEqual(diff.lookup_row('OLD').get_after_unit(), null);
    assertEqual(change(diff.lookup_row('OLD')), [-1, -10000, -3000000, 0]);
    assertEqual(change(diff.lookup_row('FS')), [2, 16000, 6300000, 0]);
    checkRowsAgainstJs(diff, before, after);
});

test('posts over £50,000 and £45,000', () => {
    const before = Reorg.Structure.new();
    const cs = addUnit(before, 'CS', "Children's Services", null);
    for (let i = 0; i < 60; i++) {
        const salary = i < 19 ? 5000001 + i * 100000
            : i < 36 ? 4500001 + (i - 19) * 29000
                : 3000000 + (i - 36) * 62500;
        addPost(before, `SP${String(i).padStart(2, '0')}`, cs, 10000, salary);
    }
    addPost(before, 'EXACT50', cs, 10000, 5000000);
    const after = before.copy();
    for (let i = 0; i < 40; i++)
        after.remove_post(after.lookup_post(`SP${String(i).padStart(2, '0')}`));
    after.remove_post(after.lookup_post('EXACT50'));
    addPost(after, 'HEAD-FF', after.lookup_unit('CS'), 10000, 6500000, Status.VACANT);
    addPost(after, 'HEAD-BS', after.lookup_unit('CS'), 10000, 6500000, Status.VACANT);
    addPost(after, 'N50', after.lookup_unit('CS'), 10000, 5000000, Status.VACANT);
    const diff = Reorg.Diff.new(before, after);
    const t45 = Reorg.Money.new(4500000);
    assertEqual(Reorg.DIFF_DEFAULT_THRESHOLD_PENCE, 5000000);
    assertEqual(refs(diff.get_posts_over(null, true)), ['HEAD-BS', 'HEAD-FF']);
    assertEqual(diff.get_posts_over(null, false).get_n_items(), 19);   // strictly more
    assertEqual(diff.get_posts_over(t45, false).get_n_items(), 37);    // and the £50,000 one
    assertEqual(refs(diff.get_posts_over(t45, true)), ['HEAD-BS', 'HEAD-FF', 'N50']);
    for (const [threshold, established] of [[null, true], [null, false], [t45, false]]) {
        const model = established ? diff.get_posts_added() : diff.get_posts_removed();
        const limit = threshold ? threshold.pence : 5000000;
        assertEqual(refs(diff.get_posts_over(threshold, established)),
            items(model).filter(p => p.get_salary().pence > limit).map(p => p.get_reference()));
    }
});

test('a diff of an applied proposal', () => {
    const before = smallStructure();
    const d = GLib.Date.new_dmy(1, GLib.DateMonth.APRIL, 2011);
    const tpl = Reorg.Post.new('T');
    tpl.set_salary(Reorg.Money.new(2600000));
    tpl.set_status(Status.VACANT);
    const p = Reorg.Proposal.new('p');
    p.add_change(Reorg.Change.new_disestablish_unit_posts(d, 'FISS', null));
    p.add_change(Reorg.Change.new_establish_posts(d, tpl, 'FISS', Reorg.Fte.parse('2.5'), 'FF'));
    p.add_change(Reorg.Change.new_regrade(d, 'SEO1', 'SO3', Reorg.Money.new(5600000)));
    const after = p.apply(before, null);
    const diff = Reorg.Diff.new(before, after);
    assertEqual(refs(diff.get_posts_removed()), ['FW1', 'FW2', 'FW3']);
    assertEqual(refs(diff.get_posts_added()), ['FF-001', 'FF-002', 'FF-003']);
    assertEqual(diff.get_posts_changed().map(c => [c.get_reference(), c.get_fields()]),
        [['SEO1', Fields.GRADE | Fields.SALARY]]);
    assertEqual(change(diff.lookup_row('FISS')), [0, 5000, 1700000, 2]);
    checkRowsAgainstJs(diff, before, after);
});

test('overflow is a GLib.Error', () => {
    const before = smallStructure();
    const after = before.copy();
    // Two salaries of 2^62 pence cannot be summed in 64 bits. GJS would
    // round a Number of that size, so they are parsed from text.
    for (const ref of ['BIG1', 'BIG2']) {
        const p = Reorg.Post.new(ref);
        p.set_salary(Reorg.Money.parse('46116860184273879.04', Reorg.MoneyScale.UNITS));
        after.add_post(p, after.lookup_unit('FISS'));
    }
    assertThrows(() => Reorg.Diff.new(before, after), Reorg.Error, Reorg.Error.OVERFLOW);
});

done();
