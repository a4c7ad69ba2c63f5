// test-savings.js: the money of a proposal by financial year from GJS:
// day-exact part-year savings, groupings that add up, grant and mainstream,
// pay protection, one-off costs and redundancy, net cost and reserves, the
// workforce impact table and the consultation check.
//
// The same scenarios as tests/python/test_savings.py, smaller. Amounts stay
// far below 2^53 pence, so `.pence` is exact in JS.
//
// SPDX-License-Identifier: LGPL-2.1-or-later
import Reorg from 'gi://Reorg?version=1';
import GLib from 'gi://GLib';
import {test, assert, assertEqual, assertThrows, done} from './tap.js';

const C = Reorg.Change;
const Status = Reorg.PostStatus;
const Tenure = Reorg.Tenure;
const Funding = Reorg.FundingKind;
const Grouping = Reorg.SavingsGrouping;
const Duty = Reorg.ConsultationDuty;
const Scope = Reorg.ConsultationScope;
const APRIL = GLib.DateMonth.APRIL;

const gbp = text => Reorg.Money.parse(String(text), Reorg.MoneyScale.UNITS);
const date = (y, m, d) => GLib.Date.new_dmy(d, m, y);
const ymd = d => [d.get_year(), d.get_month(), d.get_day()];
const iso = d => `${d.get_year()}-${String(d.get_month()).padStart(2, '0')}-${String(d.get_day()).padStart(2, '0')}`;

// A structure under a root CS; posts of 1 FTE without on-costs, so that a
// post's annual cost is its salary.
class Base {
    constructor() {
        this.s = Reorg.Structure.new();
        this.unit('CS', "Children's Services", null);
    }

    unit(ref, name = ref, parent = 'CS') {
        const u = Reorg.Unit.new(ref, name, Reorg.UnitKind.TEAM);
        this.s.add_unit(u, parent ? this.s.lookup_unit(parent) : null);
        return u;
    }

    post(ref, unit, salary, {status = Status.FILLED, fte = '1', tenure = Tenure.PERMANENT,
        funding = Funding.MAINSTREAM, fundingName = null} = {}) {
        const p = Reorg.Post.new(ref);
        p.set_fte(Reorg.Fte.parse(fte));
        p.set_salary(gbp(salary));
        p.set_status(status);
        p.set_tenure(tenure);
        p.set_funding(funding, fundingName);
        this.s.add_post(p, this.s.lookup_unit(unit));
        return p;
    }
}

function proposal(...changes) {
    const p = Reorg.Proposal.new('Phase 1');
    for (const c of changes)
        p.add_change(c);
    return p;
}

function cut(y, m, d, ref, label = null) {
    const c = C.new_disestablish_post(date(y, m, d), ref);
    if (label)
        c.set_label(label);
    return c;
}

const savings = (p, base, first, n, month = APRIL) =>
    Reorg.Savings.new(p, base, month, first === null ? null : Reorg.FinancialYear.new(first, month), n);
const totals = sv => [...Array(sv.get_n_years()).keys()].map(i => sv.get_total(i).pence);
const amounts = line => [...Array(line.get_n_years()).keys()].map(i => line.get_amount(i).pence);

// The part-year amount worked out here: days from the later of the money
// date and the year's first day to its last day, over the days of the year,
// rounded half away from zero (positive amounts only in these tests).
function partYear(full, moneyDate, first, last) {
    const dayMs = 86400000;
    const t = d => Date.UTC(d.get_year(), d.get_month() - 1, d.get_day());
    const nDays = (t(last) - t(first)) / dayMs + 1;
    const start = Math.max(t(moneyDate), t(first));
    const days = Math.max(0, (t(last) - start) / dayMs + 1);
    return Math.floor((full * days * 2 + nDays) / (2 * nDays));
}

test('part-year: £36,500 deleted on 1 October 2010 saves 182/365 in 2010/11', () => {
    const b = new Base();
    b.post('P', 'CS', 36500);
    const sv = savings(proposal(cut(2010, 10, 1, 'P')), b.s, 2009, 4);
    assertEqual(Reorg.FinancialYear.new(2010, APRIL).days_from(date(2010, 10, 1)), 182);
    assertEqual(sv.get_years().map(y => y.get_label()), ['2009/10', '2010/11', '2011/12', '2012/13']);
    assertEqual(totals(sv), [0, 1820000, 3650000, 3650000]);
    assertEqual(sv.get_full_year_total().pence, 3650000);
    assert(b.s.lookup_post('P') !== null);
});

test('part-year: day-exact for every seventh day from March 2015 to May 2016', () => {
    const b = new Base();
    const changes = [];
    const days = [];
    const start = date(2015, 3, 1);
    for (let i = 0; i < 458; i += 7) {
        const d = date(start.get_year(), start.get_month(), start.get_day());
        d.add_days(i);
        days.push(d);
        b.post(`P${i}`, 'CS', 10000 + i * 97);
        changes.push(cut(d.get_year(), d.get_month(), d.get_day(), `P${i}`));
    }
    const sv = savings(proposal(...changes), b.s, 2014, 4);
    const years = sv.get_years();
    const lines = sv.get_lines(Grouping.NONE);
    assertEqual(lines.length, days.length);
    lines.forEach((line, k) => {
        const full = line.get_full_year_effect().pence;
        assertEqual(amounts(line), years.map(y => partYear(full, days[k], y.get_first_day(), y.get_last_day())),
            iso(days[k]));
    });
});

test('pay protection delays the saving', () => {
    const b = new Base();
    b.post('A', 'CS', 40000);
    b.post('B', 'CS', 40000);
    const protectedChange = C.new_regrade(date(2010, 10, 1), 'A', 'G4', gbp(30000));
    protectedChange.set_pay_protection_until(date(2011, 10, 1));
    const sv = savings(proposal(protectedChange, C.new_regrade(date(2010, 10, 1), 'B', 'G4', gbp(30000))),
        b.s, 2010, 3);
    const lines = sv.get_lines(Grouping.NONE);
    assertEqual(amounts(lines[0]), [0, 500000, 1000000]);
    assertEqual(amounts(lines[1]), [498630, 1000000, 1000000]);
});

test('groupings add up to the total; a grant-funded post saves the grant', () => {
    const b = new Base();
    b.unit('SC', 'Social Care');
    b.unit('FISS', 'Family Intervention', 'SC');
    b.unit('FF', 'Families First', 'SC');
    b.unit('CORE', 'Core');
    for (let i = 0; i < 38; i++)
        b.post(`F${i}`, 'FISS', 28000);
    b.post('G', 'CORE', 30000, {funding: Funding.GRANT, fundingName: 'Standards Fund'});
    b.post('M', 'CORE', 40000);
    const tpl = Reorg.Post.new('T');
    tpl.set_salary(gbp(26000));
    const out = C.new_disestablish_unit_posts(date(2011, 1, 1), 'FISS', null);
    const into = C.new_establish_posts(date(2011, 1, 1), tpl, 'FF', Reorg.Fte.parse('18.5'), 'FF');
    out.set_label('FISS to Families First');
    into.set_label('FISS to Families First');
    const sv = savings(proposal(out, into, cut(2011, 4, 1, 'G'), cut(2011, 4, 1, 'M')), b.s, 2010, 3);
    const full = 38 * 2800000 - 18 * 2600000 - 1300000 + 3000000 + 4000000;
    assertEqual(sv.get_full_year_total().pence, full);
    for (const g of [Grouping.NONE, Grouping.UNIT, Grouping.SERVICE, Grouping.GROUP, Grouping.FUNDING]) {
        const lines = sv.get_lines(g);
        assertEqual(lines.reduce((s, l) => s + l.get_full_year_effect().pence, 0), full, `grouping ${g}`);
        for (let y = 0; y < 3; y++)
            assertEqual(lines.reduce((s, l) => s + l.get_amount(y).pence, 0), sv.get_total(y).pence);
    }
    const groups = sv.get_lines(Grouping.GROUP);
    assertEqual(groups.map(l => l.get_key()), ['(none)', 'FISS to Families First']);
    assertEqual(groups[1].get_fte_change().units, -195000);    // 38 out, 18.5 in: 19.5 net
    assertEqual(groups[1].get_posts_change(), -38 + 19);
    const funding = sv.get_lines(Grouping.FUNDING);
    assertEqual(funding.map(l => [l.get_key(), l.get_full_year_effect().pence]),
        [['grant: Standards Fund', 3000000], ['mainstream', full - 3000000]]);
    assertEqual(sv.get_lines(Grouping.SERVICE).map(l => l.get_label()), ['Core', 'Social Care']);
});

test('one-off costs, net cost and the call on reserves', () => {
    // Harrow 2011: £1.3m a year from 1 November 2011 (152 of 366 days) and
    // £120k of training in 2011/12.
    let b = new Base();
    b.post('OLD', 'CS', 1300000);
    let sv = savings(proposal(cut(2011, 11, 1, 'OLD')), b.s, 2011, 2);
    assertEqual(totals(sv), [53989071, 130000000]);
    assert(sv.add_one_off_cost(Reorg.OneOffCost.new('Training and change management',
        Reorg.OneOffCostKind.TRAINING, gbp(120000), date(2011, 9, 1))));
    assertEqual(sv.get_one_off_total(0).pence, 12000000);
    assertEqual(sv.get_net_cost(0).pence, 12000000 - 53989071);
    assertEqual(sv.get_reserves_call().pence, 0);
    assertThrows(() => sv.add_one_off_cost(Reorg.OneOffCost.new('bad', Reorg.OneOffCostKind.OTHER,
        gbp(1), new GLib.Date())), Reorg.Error, Reorg.Error.INVALID);
    assertEqual(sv.get_one_off_costs().map(c => c.get_label()), ['Training and change management']);

    // Monmouthshire: £120,000 deleted and £206,000 created from 1 April 2017.
    b = new Base();
    for (let i = 0; i < 3; i++)
        b.post(`D${i}`, 'CS', 40000);
    const tpl = Reorg.Post.new('N');
    tpl.set_salary(gbp(41200));
    const p = proposal(cut(2017, 4, 1, 'D0'), cut(2017, 4, 1, 'D1'), cut(2017, 4, 1, 'D2'),
        C.new_establish_posts(date(2017, 4, 1), tpl, 'CS', Reorg.Fte.parse('5'), 'N'));
    sv = savings(p, b.s, 2017, 1);
    assertEqual(totals(sv), [-8600000]);
    assertEqual(sv.get_net_cost(0).pence, 8600000);
    assertEqual(sv.get_reserves_call().pence, 8600000);
});

test('redundancy per FTE on filled posts only', () => {
    const b = new Base();
    const changes = [];
    for (let i = 0; i < 10; i++) {
        b.post(`F${i}`, 'CS', 30000);
        changes.push(cut(2011, 11, 1, `F${i}`));
    }
    for (let i = 0; i < 4; i++) {
        b.post(`H${i}`, 'CS', 30000, {fte: '0.5'});
        changes.push(cut(2011, 11, 1, `H${i}`));
    }
    b.post('V', 'CS', 30000, {status: Status.VACANT});
    b.post('Z', 'CS', 30000, {status: Status.FROZEN});
    changes.push(cut(2011, 11, 1, 'V'), cut(2011, 11, 1, 'Z'));
    const sv = savings(proposal(...changes), b.s, 2011, 1);
    assertEqual(sv.estimate_redundancy_per_fte(gbp(25000), 10000).pence, 30000000);   // 12 FTE, £300k
    const costs = sv.get_one_off_costs();
    assertEqual(costs.length, 1);
    assertEqual(costs[0].get_kind(), Reorg.OneOffCostKind.REDUNDANCY);
    assertEqual(costs[0].get_label(), 'Redundancy: 12 FTE at £25,000 per FTE');
    assertEqual(ymd(costs[0].get_date()), [2011, 11, 1]);
    assertEqual(sv.estimate_redundancy_per_fte(gbp(25000), 15000).pence, 45000000);
    assertThrows(() => sv.estimate_redundancy_per_fte(Reorg.Money.new(-1), 10000),
        Reorg.Error, Reorg.Error.INVALID);
    assertEqual(sv.get_one_off_total(0).pence, 75000000);
});

test('statutory redundancy pay with the dated weekly cap, worked by hand', () => {
    // Aged 45 with 10 years: ages 44 to 41 at 1.5 weeks (6) and 40 to 35 at
    // 1 week (6): 12 weeks. £800 a week is capped at £700 from 6 April
    // 2024 (12 x £700 = £8,400) and at £643 the day before (£7,716).
    assertEqual(Reorg.redundancy_statutory_half_weeks(45, 10), 24);
    assertEqual(Reorg.redundancy_weekly_pay_cap(date(2024, 4, 6)).pence, 70000);
    assertEqual(Reorg.redundancy_weekly_pay_cap(date(2024, 4, 5)).pence, 64300);
    assertEqual(Reorg.redundancy_statutory_pay(45, 10, gbp(800), date(2024, 5, 1)).pence, 12 * 70000);
    assertEqual(Reorg.redundancy_statutory_pay(45, 10, gbp(800), date(2024, 4, 5)).pence, 12 * 64300);
    assertEqual(Reorg.redundancy_statutory_pay(30, 1, gbp(800), date(2024, 5, 1)).pence, 0);
    assertEqual(Reorg.redundancy_local_government_pay(45, 10, gbp(800), 20000).pence, 1920000);
    assertThrows(() => Reorg.redundancy_weekly_pay_cap(date(2009, 9, 30)), Reorg.Error, Reorg.Error.INVALID);
    assertThrows(() => Reorg.redundancy_statutory_half_weeks(20, 21), Reorg.Error, Reorg.Error.INVALID);
    assertThrows(() => Reorg.redundancy_local_government_pay(45, 10, gbp(800), 9999),
        Reorg.Error, Reorg.Error.INVALID);
});

test('the workforce impact table', () => {
    const b = new Base();
    b.unit('EDU', 'Education');
    b.unit('CORE', 'Core');
    for (let i = 0; i < 3; i++)
        b.post(`E${i}`, 'EDU', 30000);
    b.post('E3', 'EDU', 30000, {status: Status.VACANT, fte: '1.5', tenure: Tenure.TEMPORARY});
    b.post('E5', 'EDU', 30000, {tenure: Tenure.SECONDMENT});
    b.post('C1', 'CORE', 25000, {tenure: Tenure.TEMPORARY});
    const tpl = Reorg.Post.new('T');
    const sv = savings(proposal(cut(2015, 6, 1, 'E0'), cut(2015, 6, 1, 'E1'), cut(2015, 6, 1, 'E2'),
        cut(2016, 3, 31, 'E3'), C.new_establish_posts(date(2015, 9, 1), tpl, 'EDU', Reorg.Fte.parse('2'), 'N'),
        cut(2016, 4, 1, 'E5'), cut(2015, 5, 1, 'C1')), b.s, 2015, 1);
    const rows = sv.get_workforce_impact();
    assertEqual(rows.map(r => [r.get_service(), r.get_year().get_label(), r.get_removed().to_string(),
        r.get_removed_filled().to_string(), r.get_removed_vacant().to_string(),
        r.get_removed_permanent().to_string(), r.get_removed_temporary().to_string(),
        r.get_added().to_string(), r.get_net_reduction().to_string()]), [
        ['CORE', '2015/16', '1', '1', '0', '0', '1', '0', '1'],
        ['EDU', '2015/16', '4.5', '3', '1.5', '3', '1.5', '2', '2.5'],
        ['EDU', '2016/17', '1', '1', '0', '0', '1', '0', '1'],
    ]);
});

test('the consultation check: 19, 20 and 100 within 90 days', () => {
    const b = new Base();
    for (let i = 0; i < 130; i++)
        b.post(`P${i}`, 'CS', 20000);
    b.post('V', 'CS', 20000, {status: Status.VACANT});
    const day0 = date(2015, 6, 1);
    const dayPlus = n => {
        const d = date(2015, 6, 1);
        d.add_days(n);
        return d;
    };
    const cutsOn = (d, n, offset = 0) => [...Array(n).keys()].map(i =>
        cut(d.get_year(), d.get_month(), d.get_day(), `P${offset + i}`));
    const check = (changes, scope = Scope.ESTABLISHMENT) => {
        const results = savings(proposal(...changes), b.s, 2015, 1).check_consultation(scope);
        assertEqual(results.length, 1);
        return results[0];
    };

    let c = check([...cutsOn(day0, 19), cut(2015, 6, 1, 'V')]);
    assertEqual(c.get_establishment(), 'CS');
    assertEqual(c.get_potential_redundancies(), 19);
    assertEqual(c.get_duty(), Duty.NONE);
    assertEqual(c.get_latest_start(), null);
    assert(!c.get_hr1_required());

    c = check([...cutsOn(day0, 10), ...cutsOn(dayPlus(89), 10, 10)]);
    assertEqual(c.get_largest_in_window(), 20);
    assertEqual(c.get_duty(), Duty.THIRTY_DAYS);
    assertEqual(c.get_days(), 30);
    assert(c.get_hr1_required());
    assertEqual(ymd(c.get_window_first()), [2015, 6, 1]);
    assertEqual(ymd(c.get_window_last()), ymd(dayPlus(89)));
    assertEqual(ymd(c.get_latest_start()), [2015, 5, 2]);

    c = check([...cutsOn(day0, 10), ...cutsOn(dayPlus(90), 10, 10)]);
    assertEqual(c.get_largest_in_window(), 10);
    assertEqual(c.get_duty(), Duty.NONE);

    assertEqual(check(cutsOn(day0, 99)).get_duty(), Duty.THIRTY_DAYS);
    c = check(cutsOn(day0, 100), Scope.ORGANISATION);
    assertEqual(c.get_establishment(), null);
    assertEqual(c.get_duty(), Duty.FORTY_FIVE_DAYS);
    assertEqual(c.get_days(), 45);
    assertEqual(ymd(c.get_latest_start()), [2015, 4, 17]);
});

test('errors are GLib.Error', () => {
    const b = new Base();
    b.post('P', 'CS', 30000);
    const p = proposal(cut(2011, 4, 1, 'P'));
    assertThrows(() => savings(p, b.s, 2011, 0), Reorg.Error, Reorg.Error.INVALID);
    assertThrows(() => savings(p, b.s, 2011, 101), Reorg.Error, Reorg.Error.INVALID);
    assertThrows(() => Reorg.Savings.new(p, b.s, GLib.DateMonth.JANUARY, Reorg.FinancialYear.new(2011, APRIL), 1),
        Reorg.Error, Reorg.Error.INVALID);
    assertThrows(() => savings(Reorg.Proposal.new('empty'), b.s, null, 1), Reorg.Error, Reorg.Error.INVALID);
    const failing = proposal(cut(2011, 4, 1, 'P'), cut(2011, 4, 1, 'NOPE'));
    const e = assertThrows(() => savings(failing, b.s, null, 1), Reorg.Error, Reorg.Error.NOT_FOUND);
    assert(e.message.includes("'NOPE'"), e.message);
    assert(b.s.lookup_post('P') !== null);
});

done();
