// test-published-tables.js: pasted tables (Reorg.Table), savings schedules,
// budgets, their JSON in the plan, reorg_plan_check() and `reorg check`
// from GJS.
//
// The same scenarios as tests/python/test_published_tables.py, mirroring
// tests/test-table.c, test-schedule.c, test-budget.c and test-check.c.
// Amounts stay far below 2^53 pence, so `.pence` is exact in JS. GJS 1.74
// cannot iterate a GListModel: get_n_items()/get_item().
//
// SPDX-License-Identifier: LGPL-2.1-or-later
import Reorg from 'gi://Reorg?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import {test, assert, assertEqual, assertThrows, done} from './tap.js';

const Scale = Reorg.MoneyScale;
const Sign = Reorg.SignConvention;
const Cell = Reorg.TableCellKind;
const RowKind = Reorg.TableRowKind;
const ColumnKind = Reorg.TableColumnKind;
const Analysis = Reorg.BudgetAnalysis;
const Col = Reorg.BudgetColumn;
const Kind = Reorg.ScheduleLineKind;
const FTE = Reorg.FTE_SCALE;
const K = 100000;   // pence in £1,000

const SOURCE_ROOT = GLib.getenv('REORG_SOURCE_ROOT');
const BUILD_ROOT = GLib.getenv('REORG_BUILD_ROOT');
const HARROW = GLib.build_filenamev([SOURCE_ROOT, 'examples', 'data', 'tables', 'harrow-2011', 'savings.tsv']);
const REORG = GLib.build_filenamev([BUILD_ROOT, 'examples', 'reorg']);
const tmpdir = GLib.dir_make_tmp('reorg-gjs-published-XXXXXX');

const th = thousands => Reorg.Money.new(thousands * K);
const year = start => Reorg.FinancialYear.new(start, GLib.DateMonth.APRIL);
const parse = text => Reorg.Table.parse(new TextEncoder().encode(text));
const pence = (t, r, c) => {
    const m = t.get_money(r, c);
    return m === null ? null : m.pence;
};
const n = model => model.get_n_items();
const item = (model, i) => model.get_item(i);

// ---- Reorg.Table ----

test("Harrow's table: every value exactly in pence", () => {
    const t = Reorg.Table.new_from_file(HARROW);
    assertEqual([t.get_n_rows(), t.get_n_columns(), t.get_n_header_rows()], [7, 5, 2]);
    assertEqual(t.get_label_column(), 0);
    assertEqual(t.get_start_month(), GLib.DateMonth.APRIL);
    const kinds = [];
    for (let r = 0; r < 7; r++)
        kinds.push(t.get_row_kind(r));
    assertEqual(kinds, [RowKind.HEADER, RowKind.HEADER, RowKind.DATA, RowKind.DATA,
        RowKind.DATA, RowKind.DATA, RowKind.TOTAL]);
    assertEqual(t.get_row_label(6), 'Estimated Savings – Phase 1');

    assertEqual(t.get_column_kind(0), ColumnKind.LABEL);
    assertEqual(t.get_column_year(0), null);
    ['2011/12', '2012/13', '2013/14'].forEach((label, i) => {
        assertEqual(t.get_column_year(i + 1).get_label(), label);
        assertEqual(t.get_column_year(i + 1).get_start_month(), GLib.DateMonth.APRIL);
    });
    assertEqual(t.get_column_year(4), null);
    assertEqual(t.get_column_title(4), 'Total £,000');
    for (let c = 1; c < 5; c++) {
        assertEqual(t.get_column_kind(c), ColumnKind.MONEY);
        assertEqual(t.get_column_scale(c), Scale.THOUSANDS);
    }
    assertEqual(t.get_cell_kind(0, 1), Cell.YEAR);
    assertEqual(t.get_cell_kind(1, 1), Cell.SCALE);
    assertEqual(t.get_cell_kind(0, 4), Cell.TEXT);

    const expected = {
        2: [null, -312, -140, -452],
        3: [null, -100, null, -100],
        4: [null, -300, null, -300],
        5: [null, -202, -205, -407],
        6: [0, -914, -345, -1259],
    };
    for (const [r, values] of Object.entries(expected)) {
        values.forEach((v, i) => {
            assertEqual(pence(t, Number(r), i + 1), v === null ? null : v * K, `row ${r} column ${i + 1}`);
            assertEqual(t.get_cell_kind(Number(r), i + 1), v === null ? Cell.EMPTY : Cell.MONEY);
        });
    }
    // blank is not zero
    assertEqual(t.get_text(2, 1), '');
    assertEqual(t.get_text(6, 1), '0');
    assertEqual(t.get_money(2, 1), null);
    assertEqual(t.get_money(6, 1).pence, 0);
    assertEqual(t.get_number(6, 4), [true, -1259, 0]);
    assertEqual(t.get_number(2, 1)[0], false);

    for (let c = 2; c < 5; c++) {
        let sum = 0;
        for (let r = 2; r < 6; r++)
            sum += pence(t, r, c) ?? 0;
        assertEqual(sum, pence(t, 6, c), `column ${c}`);
    }
    assertEqual(t.get_n_problems(), 0);
    assertEqual(t.get_problems().length, 0);
    assert(t.check());
});

test('brackets, sections, reversals and totals', () => {
    const t = parse('\t2015/16\t2016/17\tTotal\n' +
                    '\t£,000\t£,000\t£,000\n' +
                    'LOOKED AFTER CHILDREN\t\t\t\n' +
                    '<u>Looked After Children</u>\t\t\t\n' +
                    'Fostering and Adoption\t1,180\t0\t1,180\n' +
                    'Use of reserve\t2,363\t\t2,363\n' +
                    'Sub Total Savings\t3,543\t0\t3,543\n' +
                    'Adjustment to offset existing LAC pressure\t(3,215)\t0\t(3,215)\n' +
                    'Advice Services - Use of reserve\t450\t(450)\t0\n' +
                    'Subtotal Vol &amp; Community Sector Services\t778\t(450)\t328\n');
    assertEqual(t.get_n_header_rows(), 2);
    assertEqual(t.get_row_kind(2), RowKind.SECTION);
    assertEqual(t.get_row_kind(3), RowKind.SECTION);
    assert(t.get_emphasised(3, 0));
    assert(!t.get_emphasised(2, 0));
    assertEqual([t.get_row_section(2), t.get_section_level(2)], [-1, 1]);
    assertEqual([t.get_row_section(3), t.get_section_level(3)], [2, 2]);
    assertEqual([t.get_row_section(4), t.get_section_level(4)], [3, 0]);
    assertEqual(t.get_row_kind(6), RowKind.TOTAL);
    assertEqual(t.get_row_kind(7), RowKind.DATA);
    assertEqual(t.get_row_kind(9), RowKind.TOTAL);
    assertEqual(t.get_row_label(9), 'Subtotal Vol & Community Sector Services');
    assertEqual(pence(t, 7, 1), -3215 * K);
    assertEqual(pence(t, 8, 2), -450 * K);
    assertEqual(pence(t, 8, 3), 0);
    assertEqual(pence(t, 5, 2), null);
    assertEqual(pence(t, 6, 1) + pence(t, 7, 1) + pence(t, 8, 1), pence(t, 9, 1));
    assertEqual(t.get_n_problems(), 0);
});

test('strict mode: a GLib.Error naming the row and the column', () => {
    const t = parse('\t2015/16\t2016/17\n' +
                    '\t£,000\t£,000\n' +
                    'Line one\t100\t200\n' +
                    'Line two\t1.5\tn/a\n' +
                    'Line three\t12,3x4\t-\n' +
                    'Line four\t1.234567\t–\n');
    assertEqual(t.get_n_problems(), 3);
    const p = t.get_problem(0);
    assertEqual([p.row, p.column, p.text], [3, 2, 'n/a']);
    assertEqual(p.message, 'table: row 4, column 3 (2016/17): “n/a” is not an amount of money');
    const problems = t.get_problems();
    assertEqual(problems.map(q => `${q.row},${q.column}`), ['3,2', '4,1', '5,1']);
    assert(problems[2].message.includes('fraction of a penny'), problems[2].message);
    assertEqual(pence(t, 3, 1), 150000);
    assertEqual(pence(t, 4, 2), 0);
    const e = assertThrows(() => t.check(), Reorg.Error, Reorg.Error.PARSE);
    assert(e.message.includes('row 4, column 3'), e.message);
    assertEqual(e.message, 'table: row 4, column 3 (2016/17): “n/a” is not an amount of money (and 2 more problems)');

    t.set_column_kind(2, ColumnKind.TEXT);
    assertEqual(t.get_column_kind(2), ColumnKind.TEXT);
    assertEqual(t.get_n_problems(), 2);
    t.reset_overrides();
    assertEqual(t.get_n_problems(), 3);
});

test('numbers, FTE and overrides', () => {
    const t = parse('Item\tFTE\tCost\nA\t18.5\t£65,000\nB\t1,617\t£4.8m\nD\t-\t(£3,215)\n');
    assertEqual(t.get_column_kind(1), ColumnKind.NUMBER);
    assertEqual(t.get_fte(1, 1).units, 185000);
    assertEqual(t.get_fte(2, 1).units, 1617 * FTE);
    assertEqual(t.get_money(1, 1), null);
    assertEqual(pence(t, 2, 2), 480000000);
    assertEqual(pence(t, 3, 2), -321500);
    t.set_column_scale(1, Scale.MILLIONS);
    assertEqual(t.get_column_kind(1), ColumnKind.MONEY);
    assertEqual(pence(t, 1, 1), 1850000000);
    assertEqual(t.get_fte(1, 1), null);

    const u = parse('Title row\nYear\t2015\t2016\nLine\t10\t20\nNet cost\t30\t40\n');
    assertEqual(u.get_column_year(1), null);
    u.set_start_month(GLib.DateMonth.JANUARY);
    assertEqual(u.get_start_month(), GLib.DateMonth.JANUARY);
    u.set_n_header_rows(2);
    assertEqual(u.get_n_header_rows(), 2);
    assertEqual(u.get_column_year(1).get_label(), '2015');
    assertEqual(u.get_row_kind(3), RowKind.TOTAL);
    u.set_row_kind(3, RowKind.DATA);
    assertEqual(u.get_row_kind(3), RowKind.DATA);
    u.set_column_year(2, year(2020));
    assertEqual(u.get_column_year(2).get_label(), '2020/21');
    u.set_column_year(2, null);
    assertEqual(u.get_column_year(2), null);
    u.set_label_column(1);
    assertEqual(u.get_label_column(), 1);
    u.reset_overrides();
    assertEqual(u.get_label_column(), 0);
    assertEqual(u.get_row_kind(3), RowKind.TOTAL);
});

test('bad input: invalid UTF-8, a missing file, huge figures', () => {
    let e = assertThrows(() => Reorg.Table.parse(new Uint8Array([0x41, 0x09, 0x31, 0x0a, 0xff, 0xfe, 0x09, 0x33])),
        Reorg.Error, Reorg.Error.PARSE);
    assertEqual(e.message, 'table: line 2 is not valid UTF-8 text');
    e = assertThrows(() => Reorg.Table.parse(new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63])),
        Reorg.Error, Reorg.Error.PARSE);
    assertEqual(e.message, 'table: line 2 is not valid UTF-8 text');
    assertThrows(() => Reorg.Table.new_from_file('/nonexistent/table.tsv'), Reorg.Error, Reorg.Error.IO);
    assertEqual(Reorg.Table.parse(new Uint8Array(0)).get_n_rows(), 0);
    const t = parse('\t£000\nA\t1\nB\t99999999999999999999\nC\t9,999,999,999,999,999\n');
    assertEqual(pence(t, 1, 1), 100000);
    assertEqual(t.get_cell_kind(2, 1), Cell.TEXT);
    assertEqual(t.get_n_problems(), 2);
    assert(t.get_problem(1).message.includes('too large'));
});

function exercise(t) {
    for (let r = 0; r < t.get_n_rows(); r++) {
        t.get_row_kind(r);
        t.get_row_label(r);
        t.get_row_section(r);
        t.get_section_level(r);
        for (let c = 0; c < t.get_n_columns(); c++) {
            assertEqual(typeof t.get_text(r, c), 'string');
            t.get_cell_kind(r, c);
            t.get_money(r, c);
            t.get_fte(r, c);
            t.get_number(r, c);
            t.get_emphasised(r, c);
        }
    }
    for (let c = 0; c < t.get_n_columns(); c++) {
        t.get_column_year(c);
        t.get_column_title(c);
        t.get_column_scale(c);
        t.get_column_kind(c);
    }
    for (const p of t.get_problems())
        assertEqual(typeof p.message, 'string');
    try {
        t.check();
    } catch (e) {
        assert(e.matches(Reorg.Error, Reorg.Error.PARSE), `${e}`);
    }
}

test('random bytes: a table or a GLib.Error, never a crash', () => {
    // a small deterministic generator (GLib.Rand cannot be built in GJS)
    let seed = 20150401;
    const rand = {
        int_range(lo, hi) {
            seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
            return lo + ((seed >>> 8) % (hi - lo));
        },
    };
    const alphabet = new TextEncoder().encode('\t\n\r ,.()-£%0123456789/<u>&amp;Total2015/16£,000ab|–\u00a0');
    for (let i = 0; i < 400; i++) {
        const len = rand.int_range(0, 200);
        const buf = new Uint8Array(len);
        for (let j = 0; j < len; j++)
            buf[j] = i % 2 ? rand.int_range(0, 256) : alphabet[rand.int_range(0, alphabet.length)];
        let t;
        try {
            t = Reorg.Table.parse(buf);
        } catch (e) {
            assert(e instanceof GLib.Error && e.matches(Reorg.Error, Reorg.Error.PARSE), `${e}`);
            continue;
        }
        exercise(t);
    }
});

// ---- Reorg.SavingsSchedule ----

function addLine(section, s, description, amounts) {
    const line = Reorg.ScheduleLine.new(null, description);
    amounts.forEach((text, i) => {
        if (text !== null)
            line.set_amount(i, s.parse_amount(text));
    });
    section.add_line(line);
    return line;
}

function manchesterLac() {
    const s = Reorg.SavingsSchedule.new('C&F', Scale.THOUSANDS, Sign.POSITIVE);
    s.add_year(year(2015));
    s.add_year(year(2016));
    const lac = Reorg.ScheduleSection.new('LAC');
    const before = Reorg.ScheduleSection.new('Looked After Children');
    addLine(before, s, 'Fostering and Adoption', ['1,180', '0']);
    addLine(before, s, 'Families First', ['1,182', '0']);
    addLine(before, s, 'Interventions', ['181', '0']);
    addLine(before, s, 'Use of reserve', ['2,363', null]).set_kind(Kind.RESERVES);
    addLine(lac, s, 'Adjustment to offset existing LAC pressure', ['(3,215)', '0']).set_kind(Kind.ADJUSTMENT);
    lac.add_section(before);
    s.add_section(lac);
    return s;
}

test('schedule: computed subtotals and totals beside the published ones', () => {
    const s = manchesterLac();
    assertEqual([s.get_title(), s.get_scale(), s.get_sign()], ['C&F', Scale.THOUSANDS, Sign.POSITIVE]);
    assertEqual(s.get_n_years(), 2);
    assertEqual(s.get_year(1).get_label(), '2016/17');
    assertEqual(s.find_year(year(2016)), 1);
    assertEqual(s.find_year(year(2020)), -1);
    const sections = s.get_sections();
    assertEqual(n(sections), 1);
    const lac = item(sections, 0);
    const before = item(lac.get_sections(), 0);
    assertEqual(n(before.get_lines()), 4);
    assertEqual(before.compute_subtotal(0).pence, 4906 * K);
    assertEqual(lac.compute_subtotal(0).pence, 1691 * K);
    assertEqual(s.compute_total(0).pence, 1691 * K);
    assertEqual(s.compute_total(1).pence, 0);
    assertEqual(s.format_amount(lac.compute_subtotal(0)), '1,691');

    const lines = s.get_all_lines();
    assertEqual(lines.length, 5);
    assertEqual(lines[0].get_description(), 'Adjustment to offset existing LAC pressure');
    assertEqual(lines[0].get_kind(), Kind.ADJUSTMENT);
    assertEqual(s.format_amount(lines[0].get_amount(0)), '(3,215)');
    assertEqual(lines[4].get_amount(1), null);
    assertEqual(lines[1].get_amount(1).pence, 0);
    assertEqual(lines[4].compute_total().pence, 2363 * K);

    assertEqual(lac.get_published_subtotal(0), null);
    lac.set_published_subtotal(0, th(1690));
    assertEqual(lac.get_published_subtotal(0).pence, 1690 * K);
    assertEqual(lac.compute_subtotal(0).pence, 1691 * K);
    s.set_published_total(0, th(1));
    assertEqual(s.get_published_total(0).pence, K);
    assertEqual(s.compute_total(0).pence, 1691 * K);
    assertThrows(() => s.compute_total(2), Reorg.Error, Reorg.Error.INVALID);
});

test("schedule: Harrow's negative savings, row by row from the pasted table", () => {
    const s = Reorg.SavingsSchedule.new('Harrow', Scale.THOUSANDS, Sign.NEGATIVE);
    [2011, 2012, 2013].forEach(y => s.add_year(year(y)));
    const section = Reorg.ScheduleSection.new('Savings');
    const t = Reorg.Table.new_from_file(HARROW);
    for (let r = 2; r < 6; r++) {
        const line = Reorg.ScheduleLine.new(String(r - 1), t.get_row_label(r));
        for (let c = 1; c < 4; c++) {
            if (t.get_text(r, c) !== '')
                line.set_amount(c - 1, s.parse_amount(t.get_text(r, c)));
        }
        line.set_status(line.get_description().includes('New to MTFS')
            ? Reorg.MtfsStatus.NEW : Reorg.MtfsStatus.INCLUDED);
        section.add_line(line);
    }
    for (let c = 1; c < 4; c++) {
        section.set_published_subtotal(c - 1, s.parse_amount(t.get_text(6, c)));
        s.set_published_total(c - 1, s.parse_amount(t.get_text(6, c)));
    }
    s.add_section(section);
    assertEqual([0, 1, 2].map(i => s.compute_total(i).pence), [0, 914 * K, 345 * K]);
    for (let i = 0; i < 3; i++) {
        assert(s.compute_total(i).equal(s.get_published_total(i)));
        assert(section.compute_subtotal(i).equal(section.get_published_subtotal(i)));
    }
    const staffing = item(section.get_lines(), 0);
    assertEqual(staffing.get_status(), Reorg.MtfsStatus.NEW);
    assertEqual(staffing.get_amount(1).pence, 312 * K);
    assertEqual(staffing.compute_total().pence, 452 * K);
    assertEqual(s.parse_amount('50').pence, -50 * K);
    assertEqual(s.format_amount(s.compute_total(1)), '-914');
    s.set_sign(Sign.POSITIVE);
    assertEqual(s.get_sign(), Sign.POSITIVE);
    assertEqual(s.format_amount(s.compute_total(1)), '914');
    assertEqual(s.format_amount(th(-3215)), '(3,215)');
    assert(s.parse_amount('312').equal(staffing.get_amount(1)));
    s.set_scale(Scale.UNITS);
    assertEqual(s.get_scale(), Scale.UNITS);
    s.set_title('Harrow Phase 1');
    assertEqual(s.get_title(), 'Harrow Phase 1');
    assertThrows(() => s.parse_amount('n/a'), Reorg.Error, Reorg.Error.PARSE);
});

test('schedule lines: fields, links, equality and tree errors', () => {
    const a = manchesterLac(), b = manchesterLac();
    assert(a.equal(b));
    const line = a.get_all_lines()[1];
    const other = b.get_all_lines()[1];
    assert(line.equal(other));
    line.set_reference('C&F 1');
    line.set_description('Fostering');
    line.set_service('LAC');
    line.set_risk('Amber');
    line.set_status(Reorg.MtfsStatus.INCLUDED);
    line.set_kind(Kind.REVERSAL);
    assertEqual([line.get_reference(), line.get_description(), line.get_service(), line.get_risk()],
        ['C&F 1', 'Fostering', 'LAC', 'Amber']);
    assertEqual([line.get_status(), line.get_kind()], [Reorg.MtfsStatus.INCLUDED, Kind.REVERSAL]);
    assert(!line.equal(other));
    assert(!item(a.get_sections(), 0).equal(item(b.get_sections(), 0)));
    line.add_link('Phase 1', 'FISS');
    assertEqual(line.get_n_links(), 1);
    assertEqual(line.get_link(0), [true, 'Phase 1', 'FISS']);
    assertEqual(line.get_link(1)[0], false);
    line.clear_links();
    assertEqual(line.get_n_links(), 0);
    const section = item(b.get_sections(), 0);
    section.set_name('Other');
    assertEqual(section.get_name(), 'Other');

    const x = Reorg.ScheduleSection.new('A'), y = Reorg.ScheduleSection.new('B');
    x.add_section(y);
    assertThrows(() => y.add_section(x), Reorg.Error, Reorg.Error.CYCLE);
    assertThrows(() => a.add_section(y), Reorg.Error, Reorg.Error.INVALID);
    assertThrows(() => a.add_year(year(2015)), Reorg.Error, Reorg.Error.DUPLICATE);
});

// ---- Reorg.Budget ----

function put(b, row, column, y, text) {
    row.set_amount(column, y, b.parse_amount(column, text));
}

test('budget: objective rows, savings in brackets, totals and FTE', () => {
    const b = Reorg.Budget.new('Reconciliation', Scale.THOUSANDS, Sign.NEGATIVE);
    b.add_year(year(2014));
    b.add_year(year(2015));
    assertThrows(() => b.add_year(year(2015)), Reorg.Error, Reorg.Error.DUPLICATE);
    assertEqual([b.get_n_years(), b.get_year(0).get_label(), b.find_year(year(2015))], [2, '2014/15', 1]);
    const lac = Reorg.BudgetRow.new('1', 'Looked After Children');
    const ey = Reorg.BudgetRow.new('2', 'Early Years');
    put(b, lac, Col.NET, 0, '62,777');
    put(b, lac, Col.GROWTH, 1, '1,193');
    put(b, lac, Col.SAVINGS, 1, '(6,989)');
    put(b, lac, Col.NET, 1, '56,981');
    put(b, lac, Col.GROSS, 0, '70,000');
    lac.set_fte(Col.FTE, 0, Reorg.Fte.new(504 * FTE));
    lac.set_fte(Col.REDUCTIONS, 1, Reorg.Fte.new(39 * FTE));
    put(b, ey, Col.NET, 0, '8,116');
    put(b, ey, Col.SAVINGS, 1, '(1,422)');
    b.add_row(Analysis.OBJECTIVE, lac);
    b.add_row(Analysis.OBJECTIVE, ey);
    assertThrows(() => b.add_row(Analysis.SUBJECTIVE, ey), Reorg.Error, Reorg.Error.INVALID);

    assertEqual(lac.get_amount(Col.SAVINGS, 1).pence, 6989 * K);
    assertEqual(ey.get_amount(Col.GROWTH, 1), null);
    assertEqual(ey.get_fte(Col.FTE, 0), null);
    assertEqual(lac.get_fte(Col.REDUCTIONS, 1).units, 39 * FTE);
    assertEqual(b.compute_total(Analysis.OBJECTIVE, Col.NET, 0).pence, 70893 * K);
    const savings = b.compute_total(Analysis.OBJECTIVE, Col.SAVINGS, 1);
    assertEqual(savings.pence, 8411 * K);
    assertEqual(b.format_amount(Col.SAVINGS, savings), '(8,411)');
    assertEqual(b.format_amount(Col.NET, th(70893)), '70,893');
    assertEqual(b.compute_fte_total(Analysis.OBJECTIVE, Col.FTE, 0).units, 504 * FTE);
    b.set_sign(Sign.POSITIVE);
    assertEqual(b.get_sign(), Sign.POSITIVE);
    assertEqual(b.format_amount(Col.SAVINGS, savings), '8,411');

    const total = b.get_total_row(Analysis.OBJECTIVE);
    total.set_amount(Col.NET, 0, th(70893));
    assert(total.get_amount(Col.NET, 0).equal(b.compute_total(Analysis.OBJECTIVE, Col.NET, 0)));
    assert(b.lookup_row(Analysis.OBJECTIVE, 'Early Years') === ey);
    assert(b.lookup_row(Analysis.OBJECTIVE, '1') === lac);
    assertEqual(b.lookup_row(Analysis.SUBJECTIVE, '1'), null);
    assertEqual(n(b.get_rows(Analysis.OBJECTIVE)), 2);
    assertEqual(item(b.get_rows(Analysis.OBJECTIVE), 1).get_name(), 'Early Years');
    lac.set_group('Children');
    lac.set_name('LAC');
    lac.set_reference('C1');
    assertEqual([lac.get_group(), lac.get_name(), lac.get_reference()], ['Children', 'LAC', 'C1']);
    b.set_title('Budget 2015/16');
    b.set_scale(Scale.MILLIONS);
    assertEqual([b.get_title(), b.get_scale()], ['Budget 2015/16', Scale.MILLIONS]);
});

test('budget: the subjective analysis, gross without income', () => {
    const b = Reorg.Budget.new('Subjective', Scale.THOUSANDS, Sign.POSITIVE);
    b.add_year(year(2014));
    const S = Reorg.SpendKind;
    for (const [name, kind, amount] of [
        ['Employees', S.EMPLOYEES, '87,298'],
        ['Running Expenses', S.OTHER, '620,415'],
        ['Contribution to reserves', S.OTHER, '15,946'],
        ['Government Grants', S.INCOME, '(375,771)'],
        ['Contributions from Reserves', S.INCOME, '(20,540)'],
        ['Other Grants', S.INCOME, '(5,555)'],
        ['Customer and Client Receipts', S.INCOME, '(29,372)'],
        ['Other Income', S.INCOME, '(60)']]) {
        const row = Reorg.BudgetRow.new(null, name);
        row.set_spend_kind(kind);
        assertEqual(row.get_spend_kind(), kind);
        put(b, row, Col.NET, 0, amount);
        b.add_row(Analysis.SUBJECTIVE, row);
    }
    assertEqual(b.compute_total(Analysis.SUBJECTIVE, Col.GROSS, 0).pence, 723659 * K);
    assertEqual(b.compute_total(Analysis.SUBJECTIVE, Col.NET, 0).pence, 292361 * K);
});

test('budget: equality, blank is not zero, overflow', () => {
    const a = Reorg.Budget.new('B', Scale.UNITS, Sign.POSITIVE);
    const b = Reorg.Budget.new('B', Scale.UNITS, Sign.POSITIVE);
    // cells past a budget's years are not compared nor added up
    a.add_year(year(2015));
    b.add_year(year(2015));
    assert(a.equal(b));
    const ta = a.get_total_row(Analysis.OBJECTIVE), tb = b.get_total_row(Analysis.OBJECTIVE);
    assert(ta.equal(tb));
    tb.set_amount(Col.NET, 0, Reorg.Money.new(0));
    assert(!ta.equal(tb));
    assert(!a.equal(b));
    tb.set_amount(Col.NET, 0, null);
    assert(a.equal(b));
    const huge = Reorg.Money.new_from_pounds(90000000000000000);
    for (const name of ['one', 'two']) {
        const row = Reorg.BudgetRow.new(null, name);
        row.set_amount(Col.GROSS, 0, huge);
        a.add_row(Analysis.OBJECTIVE, row);
    }
    assertThrows(() => a.compute_total(Analysis.OBJECTIVE, Col.GROSS, 0), Reorg.Error, Reorg.Error.OVERFLOW);
});

// ---- the plan and reorg_plan_check() ----

// test-check.c's consistent plan.
function consistentPlan() {
    const plan = Reorg.Plan.new();
    const s = Reorg.SavingsSchedule.new('Schedule', Scale.THOUSANDS, Sign.POSITIVE);
    const b = Reorg.Budget.new('Budget', Scale.THOUSANDS, Sign.NEGATIVE);
    s.add_year(year(2015));
    b.add_year(year(2014));
    b.add_year(year(2015));
    [['LAC', [100, 200]], ['Early Years', [50, 25]]].forEach(([service, amounts], i) => {
        const section = Reorg.ScheduleSection.new(service);
        amounts.forEach((amount, j) => {
            const line = Reorg.ScheduleLine.new(`${i + 1}.${j + 1}`, 'a saving');
            line.set_service(service);
            line.set_amount(0, th(amount));
            section.add_line(line);
        });
        const sum = amounts[0] + amounts[1];
        section.set_published_subtotal(0, th(sum));
        s.add_section(section);
        const row = Reorg.BudgetRow.new(null, service);
        row.set_amount(Col.NET, 0, th(1000));
        row.set_amount(Col.GROWTH, 1, th(10));
        row.set_amount(Col.SAVINGS, 1, th(sum));
        row.set_amount(Col.NET, 1, th(1000 + 10 - sum));
        row.set_fte(Col.FTE, 0, Reorg.Fte.new(20 * FTE));
        row.set_fte(Col.FTE, 1, Reorg.Fte.new(17 * FTE));
        row.set_fte(Col.REDUCTIONS, 1, Reorg.Fte.new(3 * FTE));
        b.add_row(Analysis.OBJECTIVE, row);
    });
    s.set_published_total(0, th(375));
    const t = b.get_total_row(Analysis.OBJECTIVE);
    t.set_amount(Col.NET, 0, th(2000));
    t.set_amount(Col.NET, 1, th(2000 + 20 - 375));
    t.set_amount(Col.SAVINGS, 1, th(375));
    t.set_amount(Col.GROWTH, 1, th(20));
    t.set_fte(Col.FTE, 1, Reorg.Fte.new(34 * FTE));
    plan.add_schedule(s);
    plan.add_budget(b);
    return plan;
}

const summary = f => [f.get_code(), f.get_severity(), f.get_table(), f.get_row(), f.get_column(),
    f.get_expected(), f.get_found()].join('|');

test('plan: a schedule and a budget saved and loaded back equal', () => {
    const plan = consistentPlan();
    const s = plan.lookup_schedule('Schedule'), b = plan.lookup_budget('Budget');
    assertEqual(n(plan.get_schedules()), 1);
    assert(item(plan.get_schedules(), 0) === s);
    assertEqual(n(plan.get_budgets()), 1);
    assert(item(plan.get_budgets(), 0) === b);
    assertEqual(plan.lookup_schedule('Budget'), null);
    assertThrows(() => plan.add_schedule(Reorg.SavingsSchedule.new('Schedule', Scale.UNITS, Sign.POSITIVE)),
        Reorg.Error, Reorg.Error.DUPLICATE);
    assertThrows(() => plan.add_budget(Reorg.Budget.new('Budget', Scale.UNITS, Sign.POSITIVE)),
        Reorg.Error, Reorg.Error.DUPLICATE);
    s.get_all_lines()[0].add_link('Phase 1', 'FISS');
    const sub = Reorg.BudgetRow.new(null, 'Employees');
    sub.set_spend_kind(Reorg.SpendKind.EMPLOYEES);
    sub.set_amount(Col.NET, 0, th(87298));
    b.add_row(Analysis.SUBJECTIVE, sub);

    const [text] = plan.to_data();
    const doc = JSON.parse(text);
    assertEqual(doc.schedules[0].totals, ['375000.00']);
    assertEqual(doc.budgets[0].objective.rows[0].savings, [null, '300000.00']);
    const back = Reorg.Plan.new_from_data(new TextEncoder().encode(text));
    assert(back.equal(plan));
    assertEqual(back.to_data()[0], text);
    assertEqual(back.lookup_schedule('Schedule').get_all_lines()[0].get_link(0), [true, 'Phase 1', 'FISS']);

    const path = GLib.build_filenamev([tmpdir, 'plan.json']);
    plan.save_to_file(path);
    const loaded = Reorg.Plan.new_from_file(path);
    assert(loaded.equal(plan));
    assert(loaded.lookup_budget('Budget').equal(b));
    loaded.lookup_schedule('Schedule').get_all_lines()[1].set_amount(0, th(201));
    assert(!loaded.equal(plan));
});

test('check: a consistent plan has no findings', () => {
    assertEqual(consistentPlan().check().length, 0);
});

test('check: one altered subtotal, exactly one finding; within the allowance, none', () => {
    const plan = consistentPlan();
    const lac = item(plan.lookup_schedule('Schedule').get_sections(), 0);
    lac.set_published_subtotal(0, Reorg.Money.new(300 * K + 100000));
    assertEqual(plan.check().length, 0);
    lac.set_published_subtotal(0, th(310));
    const findings = plan.check();
    assertEqual(findings.map(summary),
        [['schedule-subtotal-mismatch', Reorg.Severity.ERROR, 'Schedule', 'LAC', '2015/16', '300', '310'].join('|')]);
    assert(findings[0].get_message().includes('rounding allowance'), findings[0].get_message());
    assert(findings[0].to_string().startsWith('ERROR schedule-subtotal-mismatch "Schedule" "LAC" "2015/16"'));
});

test('check: total, budget FTE total, reconciliation, workforce, savings', () => {
    let plan = consistentPlan();
    plan.lookup_schedule('Schedule').set_published_total(0, th(377));
    assertEqual(plan.check().length, 0);
    plan.lookup_schedule('Schedule').set_published_total(0, th(378));
    assertEqual(plan.check().map(summary),
        [['schedule-total-mismatch', Reorg.Severity.ERROR, 'Schedule', 'Total', '2015/16', '375', '378'].join('|')]);

    plan = consistentPlan();
    plan.lookup_budget('Budget').get_total_row(Analysis.OBJECTIVE).set_fte(Col.FTE, 1, Reorg.Fte.new(35 * FTE));
    assertEqual(plan.check().map(summary),
        [['budget-total-mismatch', Reorg.Severity.ERROR, 'Budget', 'Total', '2015/16 FTE', '34', '35'].join('|')]);

    // net(n+1) != net(n) + growth - savings in one row
    plan = consistentPlan();
    let b = plan.lookup_budget('Budget');
    b.lookup_row(Analysis.OBJECTIVE, 'Early Years').set_amount(Col.GROWTH, 1, th(12));
    b.get_total_row(Analysis.OBJECTIVE).set_amount(Col.GROWTH, 1, null);
    b.get_total_row(Analysis.OBJECTIVE).set_amount(Col.NET, 1, null);
    assertEqual(plan.check().map(summary),
        [['reconciliation-mismatch', Reorg.Severity.ERROR, 'Budget', 'Early Years', '2015/16 net', '937', '935'].join('|')]);

    plan = consistentPlan();
    plan.lookup_budget('Budget').lookup_row(Analysis.OBJECTIVE, 'LAC').set_fte(Col.REDUCTIONS, 1, Reorg.Fte.new(4 * FTE));
    assertEqual(plan.check().map(summary),
        [['workforce-fte-mismatch', Reorg.Severity.ERROR, 'Budget', 'LAC', '2015/16 reductions', '3', '4'].join('|')]);

    plan = consistentPlan();
    b = plan.lookup_budget('Budget');
    const row = b.lookup_row(Analysis.OBJECTIVE, 'LAC'), total = b.get_total_row(Analysis.OBJECTIVE);
    row.set_amount(Col.SAVINGS, 1, th(290));
    row.set_amount(Col.NET, 1, th(720));
    total.set_amount(Col.SAVINGS, 1, th(365));
    total.set_amount(Col.NET, 1, th(1655));
    assertEqual(plan.check().map(summary),
        [['savings-budget-mismatch', Reorg.Severity.ERROR, 'Budget', 'LAC', '2015/16 savings', '(300)', '(290)'].join('|')]);

    plan = consistentPlan();
    plan.lookup_schedule('Schedule').get_all_lines()[0].add_link('Nowhere', 'X');
    const findings = plan.check();
    assertEqual(findings.length, 1);
    assertEqual([findings[0].get_code(), findings[0].get_severity(), findings[0].get_row()],
        ['line-changes-unknown', Reorg.Severity.WARNING, '1.1']);
});

test('finding: a boxed value with a constructor', () => {
    const f = Reorg.Finding.new('x-y', Reorg.Severity.INFO, 'T', 'R', 'C', '1', '2', 'm');
    const copy = f.copy();
    assertEqual([copy.get_code(), copy.get_table(), copy.get_row(), copy.get_column(),
        copy.get_expected(), copy.get_found(), copy.get_message()], ['x-y', 'T', 'R', 'C', '1', '2', 'm']);
    assertEqual(copy.get_severity(), Reorg.Severity.INFO);
    assertEqual(copy.to_string(), 'INFO x-y "T" "R" "C": m (expected 1, found 2)');
});

// ---- reorg check PLAN.json ----

function run(...args) {
    const proc = Gio.Subprocess.new([REORG, ...args],
        Gio.SubprocessFlags.STDOUT_PIPE | Gio.SubprocessFlags.STDERR_PIPE);
    const [, stdout, stderr] = proc.communicate_utf8(null, null);
    return {status: proc.get_exit_status(), stdout, stderr};
}

test('reorg check: exit 0, 1 and 2, and --json', () => {
    const plan = consistentPlan();
    const good = GLib.build_filenamev([tmpdir, 'good.json']);
    plan.save_to_file(good);
    let r = run('check', good);
    assertEqual([r.status, r.stdout], [0, ''], r.stderr);

    item(plan.lookup_schedule('Schedule').get_sections(), 0).set_published_subtotal(0, th(310));
    const bad = GLib.build_filenamev([tmpdir, 'bad.json']);
    plan.save_to_file(bad);
    r = run('check', bad);
    assertEqual(r.status, 1, r.stderr);
    assertEqual(r.stdout.trim().split('\n').length, 1);
    assert(r.stdout.includes('(expected 300, found 310)'), r.stdout);

    r = run('check', '--json', bad);
    assertEqual(r.status, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assertEqual(lines.length, 1);
    const obj = JSON.parse(lines[0]);
    assertEqual(Object.keys(obj).sort(),
        ['code', 'column', 'expected', 'found', 'message', 'row', 'severity', 'table']);
    assertEqual([obj.code, obj.severity, obj.table, obj.row, obj.column, obj.expected, obj.found],
        ['schedule-subtotal-mismatch', 'error', 'Schedule', 'LAC', '2015/16', '300', '310']);
    assertEqual(obj.message, plan.check()[0].get_message());

    r = run('check', GLib.build_filenamev([tmpdir, 'missing.json']));
    assertEqual([r.status, r.stdout], [2, '']);
    const malformed = GLib.build_filenamev([tmpdir, 'malformed.json']);
    GLib.file_set_contents(malformed, '{"format": "reorg-plan", "version": 1, "schedules": [');
    r = run('check', '--json', malformed);
    assertEqual([r.status, r.stdout], [2, '']);
});

for (const name of ['plan.json', 'good.json', 'bad.json', 'malformed.json'])
    GLib.unlink(GLib.build_filenamev([tmpdir, name]));
GLib.rmdir(tmpdir);

done();
