// test-plan.js: plans, their JSON files and load errors from GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
import Reorg from 'gi://Reorg?version=1';
import GLib from 'gi://GLib';
import {test, assert, assertEqual, assertThrows, done} from './tap.js';

const Status = Reorg.PostStatus;
const Tenure = Reorg.Tenure;
const Funding = Reorg.FundingKind;

const date = (y, m, d) => GLib.Date.new_dmy(d, m, y);
const ymd = d => [d.get_year(), d.get_month(), d.get_day()];
const tmpdir = GLib.dir_make_tmp('reorg-gjs-plan-XXXXXX');
const tmp = name => GLib.build_filenamev([tmpdir, name]);

function writeText(path, text) {
    GLib.file_set_contents(path, text);
    return path;
}

function readText(path) {
    const [, bytes] = GLib.file_get_contents(path);
    return new TextDecoder().decode(bytes);
}

// reorg_plan_to_data returns the text and its length (an out argument).
function toData(plan) {
    const [text, length] = plan.to_data();
    assertEqual(length, new TextEncoder().encode(text).length, 'length');
    return text;
}

// The plan of tests/python/test_plan.py, in the documented format.
const PLAN = {
    format: 'reorg-plan',
    version: 1,
    organisation: 'Manchester City Council',
    financial_year_start: 4,
    date: '2010-12-22',
    metadata: {source: 'Personnel Committee, 22 December 2010', author: 'HR'},
    structure: {
        date: '2010-12-22',
        units: [
            {ref: 'CS', name: "Children's Services", kind: 'directorate'},
            {ref: 'ES', name: 'Education Services', kind: 'service', parent: 'CS',
                place_kind: 'area', place: 'North'},
            {ref: 'FF', name: 'Families First', kind: 'team', parent: 'CS'},
        ],
        posts: [
            {ref: 'ES-HEAD', unit: 'ES', title: 'Head of Education', grade: 'SM2',
                salary: '65000.00'},
            {ref: 'ES-SEO-01', unit: 'ES', title: 'School Effectiveness Officer',
                grade: 'SO2', fte: '1', salary: '52000.00', on_cost_rate: 2500,
                status: 'filled', tenure: 'permanent', funding: 'mainstream',
                reports_to: 'ES-HEAD', job_family: 'Education'},
            {ref: '00009000', unit: 'ES', title: 'Grant-funded adviser', fte: '0.6',
                salary: '30000.00', on_costs: '7500.00',
                funding: {kind: 'grant', name: 'ABG'}, status: 'vacant',
                tenure: 'fixed-term'},
            {ref: 'FF-001', unit: 'FF', title: 'Family worker', fte: '18.5',
                salary: '444000.50', status: 'frozen', tenure: 'secondment',
                funding: 'reserves'},
        ],
    },
};

const planJson = (change = () => {}) => {
    const d = JSON.parse(JSON.stringify(PLAN));
    change(d);
    return JSON.stringify(d, null, 2);
};

function buildPlan() {
    const plan = Reorg.Plan.new();
    plan.set_organisation('Manchester City Council');
    plan.set_financial_year_start(GLib.DateMonth.APRIL);
    plan.set_date(date(2010, 12, 22));
    plan.set_metadata('source', 'Personnel Committee, 22 December 2010');
    plan.set_metadata('author', 'HR');
    const s = Reorg.Structure.new();
    s.set_date(date(2010, 12, 22));
    const cs = Reorg.Unit.new('CS', "Children's Services", Reorg.UnitKind.DIRECTORATE);
    const es = Reorg.Unit.new('ES', 'Education Services', Reorg.UnitKind.SERVICE);
    es.set_place(Reorg.PlaceKind.AREA, 'North');
    const ff = Reorg.Unit.new('FF', 'Families First', Reorg.UnitKind.TEAM);
    s.add_unit(cs, null);
    s.add_unit(es, cs);
    s.add_unit(ff, cs);
    const money = text => Reorg.Money.parse(text, Reorg.MoneyScale.UNITS);

    const head = Reorg.Post.new('ES-HEAD');
    head.set_title('Head of Education');
    head.set_grade('SM2');
    head.set_salary(money('65000'));
    s.add_post(head, es);

    const seo = Reorg.Post.new('ES-SEO-01');
    seo.set_title('School Effectiveness Officer');
    seo.set_grade('SO2');
    seo.set_salary(money('52000'));
    seo.set_on_cost_rate(2500);
    seo.set_job_family('Education');
    s.add_post(seo, es);
    s.set_reports_to(seo, head);

    const adviser = Reorg.Post.new('00009000');
    adviser.set_title('Grant-funded adviser');
    adviser.set_fte(Reorg.Fte.parse('0.6'));
    adviser.set_salary(money('30000'));
    adviser.set_on_costs(money('7500'));
    adviser.set_funding(Funding.GRANT, 'ABG');
    adviser.set_status(Status.VACANT);
    adviser.set_tenure(Tenure.FIXED_TERM);
    s.add_post(adviser, es);

    const worker = Reorg.Post.new('FF-001');
    worker.set_title('Family worker');
    worker.set_fte(Reorg.Fte.parse('18.5'));
    worker.set_salary(money('444000.50'));
    worker.set_status(Status.FROZEN);
    worker.set_tenure(Tenure.SECONDMENT);
    worker.set_funding(Funding.RESERVES, null);
    s.add_post(worker, ff);

    plan.set_structure(s);
    return plan;
}

function postFields(p) {
    const manager = p.get_reports_to();
    return [p.get_reference(), p.get_title(), p.get_grade(), p.get_job_family(),
        p.get_fte().units, p.get_salary().pence, p.get_on_costs().pence,
        p.get_on_cost_rate(), p.get_annual_cost().pence, p.get_status(),
        p.get_tenure(), p.get_funding_kind(), p.get_funding_name(),
        p.get_unit().get_reference(), manager ? manager.get_reference() : null];
}

function assertSamePlan(a, b) {
    assert(a.equal(b), 'reorg_plan_equal');
    assertEqual(a.get_organisation(), b.get_organisation());
    assertEqual(a.get_financial_year_start(), b.get_financial_year_start());
    assertEqual(ymd(a.get_date()), ymd(b.get_date()));
    assertEqual([...a.get_metadata_keys()].sort(), [...b.get_metadata_keys()].sort());
    for (const key of a.get_metadata_keys())
        assertEqual(a.get_metadata(key), b.get_metadata(key), key);
    const sa = a.get_structure(), sb = b.get_structure();
    assert(sa.equal(sb), 'reorg_structure_equal');
    assertEqual(sa.get_n_posts(), sb.get_n_posts());
    for (let i = 0; i < sa.get_posts().get_n_items(); i++) {
        const p = sa.get_posts().get_item(i);
        assertEqual(postFields(p), postFields(sb.lookup_post(p.get_reference())), p.get_reference());
    }
}

// Expects loading text from a file named name to fail with code, and the
// message to name the file and each of the given places.
function assertLoadFails(name, text, code, places = []) {
    const path = writeText(tmp(name), text);
    const e = assertThrows(() => Reorg.Plan.new_from_file(path), Reorg.Error, code);
    for (const place of [name, ...places])
        assert(e.message.includes(place), `"${place}" not in: ${e.message}`);
    return e;
}

// ---- a new plan -------------------------------------------------------------

test('new plan: defaults', () => {
    const plan = Reorg.Plan.new();
    assertEqual(plan.get_financial_year_start(), GLib.DateMonth.APRIL);
    assertEqual(plan.get_organisation(), null);
    assertEqual(plan.get_date(), null);
    assertEqual(plan.get_metadata_keys().length, 0);
    assertEqual(plan.get_structure().get_n_posts(), 0);
});

test('new plan: metadata and financial year', () => {
    const plan = Reorg.Plan.new();
    plan.set_organisation('Harrow Council');
    plan.set_metadata('source', 'Scrutiny, July 2011');
    assertEqual(plan.get_organisation(), 'Harrow Council');
    assertEqual(plan.get_metadata('source'), 'Scrutiny, July 2011');
    assertEqual([...plan.get_metadata_keys()], ['source']);
    assertEqual(plan.get_financial_year(date(2010, 12, 22)).get_label(), '2010/11');
    assertThrows(() => plan.set_financial_year_start(GLib.DateMonth.BAD_MONTH),
        Reorg.Error, Reorg.Error.INVALID);
});

// ---- saving and loading -------------------------------------------------------

test('save to a file and load it back', () => {
    const plan = buildPlan();
    const path = tmp('plan.json');
    plan.save_to_file(path);
    const loaded = Reorg.Plan.new_from_file(path);
    assertSamePlan(plan, loaded);
    const data = JSON.parse(readText(path));
    assertEqual(data.format, 'reorg-plan');
    assertEqual(data.version, 1);
    const adviser = data.structure.posts.find(p => p.ref === '00009000');
    assertEqual(adviser.fte, '0.6');
    assertEqual(adviser.salary, '30000.00');
});

test('load the documented format', () => {
    const path = writeText(tmp('doc.json'), planJson());
    const loaded = Reorg.Plan.new_from_file(path);
    assertSamePlan(buildPlan(), loaded);
    const adviser = loaded.get_structure().lookup_post('00009000');
    assertEqual(adviser.get_funding_name(), 'ABG');
    assertEqual(adviser.get_annual_cost().pence, 3750000);
});

test('data round trip', () => {
    const plan = buildPlan();
    const text = toData(plan);
    const again = Reorg.Plan.new_from_data(new TextEncoder().encode(text));
    assertSamePlan(plan, again);
    assertEqual(toData(again), text);
    assertThrows(() => Reorg.Plan.new_from_data(new TextEncoder().encode('not json')),
        Reorg.Error, Reorg.Error.PARSE);
});

// ---- load errors -----------------------------------------------------------------

test('load error: missing file', () => {
    const e = assertThrows(() => Reorg.Plan.new_from_file(tmp('missing.json')),
        Reorg.Error, Reorg.Error.IO);
    assert(e.message.includes('missing.json'), e.message);
});

test('load error: malformed JSON', () => {
    assertLoadFails('broken.json', '{"format": "reorg-plan", "version": 1,', Reorg.Error.PARSE);
});

test('load error: unknown version', () => {
    assertLoadFails('future.json', planJson(d => {
        d.version = 2;
    }), Reorg.Error.VERSION);
});

test('load error: duplicate post reference', () => {
    assertLoadFails('dup.json', planJson(d => {
        d.structure.posts[3].ref = '00009000';
    }), Reorg.Error.DUPLICATE, ['structure.posts[3]', '00009000']);
});

test('load error: unknown unit', () => {
    assertLoadFails('unit.json', planJson(d => {
        d.structure.posts[1].unit = 'NOWHERE';
    }), Reorg.Error.NOT_FOUND, ['structure.posts[1]', 'NOWHERE']);
});

test('load error: reports-to loop', () => {
    assertLoadFails('loop.json', planJson(d => {
        d.structure.posts[0].reports_to = 'ES-SEO-01';
    }), Reorg.Error.CYCLE);
});

test('load error: FTE of zero', () => {
    const e = assertLoadFails('fte.json', planJson(d => {
        d.structure.posts[2].fte = '0';
    }), Reorg.Error.INVALID, ['structure.posts[2]', '00009000', 'fte']);
    assert(e instanceof GLib.Error);
});

test('save error: missing folder', () => {
    assertThrows(() => buildPlan().save_to_file(tmp('no/such/folder/plan.json')),
        Reorg.Error, Reorg.Error.IO);
});

// Clean up the temporary folder.
for (const name of ['plan.json', 'doc.json', 'broken.json', 'future.json', 'dup.json',
    'unit.json', 'loop.json', 'fte.json'])
    GLib.unlink(tmp(name));
GLib.rmdir(tmpdir);

done();
