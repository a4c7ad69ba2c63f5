// test-values.js: Reorg.Money, Reorg.Fte and Reorg.FinancialYear from GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
import Reorg from 'gi://Reorg?version=1';
import GLib from 'gi://GLib';
import {test, assert, assertEqual, assertThrows, done} from './tap.js';

const Scale = Reorg.MoneyScale;
const Flags = Reorg.MoneyFormatFlags;
const APRIL = GLib.DateMonth.APRIL;

const money = pence => Reorg.Money.new(pence);
const parse = (text, scale = Scale.UNITS) => Reorg.Money.parse(text, scale);
const fte = text => Reorg.Fte.parse(text);
const date = (y, m, d) => GLib.Date.new_dmy(d, m, y);
const ymd = d => [d.get_year(), d.get_month(), d.get_day()];
const fy = (year, month = APRIL) => Reorg.FinancialYear.new(year, month);

// The largest amount, held exactly in C; JS numbers cannot hold it.
const MAX = () => parse('92233720368547758.07');
const MIN = () => parse('-92233720368547758.08');

// ---- Money --------------------------------------------------------------

test('money: new and pence', () => {
    const m = money(6500000);
    assertEqual(m.pence, 6500000);
    assertEqual(m.get_pence(), 6500000);
    assertEqual(money(-1).pence, -1);
    assertEqual(Reorg.Money.new_from_pounds(65000).pence, 6500000);
});

for (const [text, scale, pence] of [
    ['£65,000', Scale.UNITS, 6500000],
    ['65000', Scale.UNITS, 6500000],
    ['£52,000.50', Scale.UNITS, 5200050],
    ['£4.8m', Scale.UNITS, 480000000],
    ['£3m', Scale.UNITS, 300000000],
    ['£1.8m', Scale.UNITS, 180000000],
    ['£552k', Scale.UNITS, 55200000],
    ['£1.2bn', Scale.UNITS, 120000000000],
    ['(3,215)', Scale.THOUSANDS, -321500000],
    ['3,215', Scale.THOUSANDS, 321500000],
    ['4.8', Scale.MILLIONS, 480000000],
    ['(120)', Scale.UNITS, -12000],
]) {
    test(`money: parse ${text} in scale ${scale}`, () => {
        assertEqual(parse(text, scale).pence, pence);
    });
}

test('money: £3m + £1.8m = £4.8m', () => {
    const total = parse('£3m').add(parse('£1.8m'));
    assert(total.equal(parse('£4.8m')));
    assertEqual(total.pence, 480000000);
});

for (const text of ['', 'abc', '£', '£12x', '12..5', '(3,215', '£1.234']) {
    test(`money: parse rejects ${JSON.stringify(text)}`, () => {
        assertThrows(() => parse(text), Reorg.Error, Reorg.Error.PARSE);
    });
}

test('money: parse overflow', () => {
    assertThrows(() => parse('£99,999,999,999,999,999,999'),
        Reorg.Error, Reorg.Error.OVERFLOW);
});

test('money: strings', () => {
    assertEqual(money(6500000).to_string(), '£65,000');
    assertEqual(money(6500050).to_string(), '£65,000.50');
    assertEqual(money(-321500000).to_string(), '-£3,215,000');
    assertEqual(money(6500000).to_decimal_string(), '65000.00');
    assertEqual(MAX().to_decimal_string(), '92233720368547758.07');
    assertEqual(MIN().to_decimal_string(), '-92233720368547758.08');
});

for (const [pence, scale, decimals, flags, text] of [
    [6500000, Scale.UNITS, 0, Flags.SYMBOL, '£65,000'],
    [480000000, Scale.MILLIONS, 1, Flags.SYMBOL | Flags.SUFFIX, '£4.8m'],
    [55200000, Scale.THOUSANDS, 0, Flags.SYMBOL | Flags.SUFFIX, '£552k'],
    [-321500000, Scale.THOUSANDS, 0, Flags.BRACKETS, '(3,215)'],
    [-321500000, Scale.THOUSANDS, 0, Flags.SYMBOL, '-£3,215'],
    [180000000, Scale.MILLIONS, 2, Flags.SYMBOL | Flags.SUFFIX | Flags.TRIM, '£1.8m'],
]) {
    test(`money: format ${text}`, () => {
        assertEqual(money(pence).format(scale, decimals, flags), text);
    });
}

test('money: arithmetic', () => {
    const a = money(6500000), b = money(4500000);
    assertEqual(a.add(b).pence, 11000000);
    assertEqual(a.subtract(b).pence, 2000000);
    assertEqual(a.negate().pence, -6500000);
    assertEqual(a.multiply(2).pence, 13000000);
    assertEqual(money(101).multiply_ratio(1, 2).pence, 51);
    assertEqual(a.multiply_ratio(183, 366).pence, 3250000);
    assert(a.compare(b) > 0);
    assert(b.compare(a) < 0);
    assertEqual(a.compare(money(6500000)), 0);
    assert(a.equal(money(6500000)));
});

test('money: overflow is a GLib.Error', () => {
    let e = assertThrows(() => MAX().add(money(1)), Reorg.Error, Reorg.Error.OVERFLOW);
    assert(e instanceof GLib.Error);
    assertEqual(e.domain, Reorg.error_quark());
    assertEqual(e.code, Reorg.Error.OVERFLOW);
    assertThrows(() => MIN().subtract(money(1)), Reorg.Error, Reorg.Error.OVERFLOW);
    assertThrows(() => MIN().negate(), Reorg.Error, Reorg.Error.OVERFLOW);
    assertThrows(() => MAX().multiply(2), Reorg.Error, Reorg.Error.OVERFLOW);
    assertThrows(() => money(2 ** 52).multiply(4096), Reorg.Error, Reorg.Error.OVERFLOW);
    assertThrows(() => Reorg.Money.new_from_pounds(2 ** 57), Reorg.Error, Reorg.Error.OVERFLOW);
});

test('money: a struct with a pence field', () => {
    const m = money(100);
    m.pence = 250;
    assertEqual(m.get_pence(), 250);
    const c = m.copy();
    m.pence = 1;
    assertEqual(c.pence, 250);
});

// ---- FTE ------------------------------------------------------------------

test('fte: 0.6 + 0.94 = 1.54 exactly', () => {
    const total = fte('0.6').add(fte('0.94'));
    assertEqual(total.units, 15400);
    assert(total.equal(fte('1.54')));
    assertEqual(total.to_string(), '1.54');
});

test('fte: ten tenths make one', () => {
    let total = Reorg.Fte.new(0);
    for (let i = 0; i < 10; i++)
        total = total.add(fte('0.1'));
    assert(total.equal(fte('1')));
});

test('fte: Manchester 38 - 18.5 = 19.5', () => {
    assertEqual(fte('18.5').units, 185000);
    assertEqual(fte('38').subtract(fte('18.5')).to_string(), '19.5');
    assertEqual(fte('18.5').subtract(fte('38')).to_string(), '-19.5');
    assertEqual(Reorg.FTE_SCALE, 10000);
});

test('fte: strings and formats', () => {
    assertEqual(fte('18.5').to_string(), '18.5');
    assertEqual(fte('1').to_string(), '1');
    assertEqual(fte('0.8108').format(2), '0.81');
    assertEqual(fte('1').format(2), '1.00');
    assertEqual(fte('18.5').to_double(), 18.5);
    assertEqual(fte('0.810810811').units, 8108);
});

test('fte: from hours', () => {
    assertEqual(Reorg.Fte.new_from_hours(30 * 60, 37 * 60).units, 8108);
    assertThrows(() => Reorg.Fte.new_from_hours(30 * 60, 0),
        Reorg.Error, Reorg.Error.INVALID);
});

for (const text of ['', 'abc', '0,5', '1e3', 'NaN']) {
    test(`fte: parse rejects ${JSON.stringify(text)}`, () => {
        assertThrows(() => fte(text), Reorg.Error, Reorg.Error.PARSE);
    });
}

test('fte: overflow', () => {
    const big = Reorg.Fte.new(2 ** 53);
    let f = big;
    assertThrows(() => {
        for (let i = 0; i < 2000; i++)
            f = f.add(big);
    }, Reorg.Error, Reorg.Error.OVERFLOW);
});

// ---- Financial years ---------------------------------------------------------

test('financial year: 2015/16', () => {
    const y = fy(2015);
    assertEqual(y.start_year, 2015);
    assertEqual(y.get_start_month(), APRIL);
    assertEqual(y.get_label(), '2015/16');
    assertEqual(ymd(y.get_first_day()), [2015, 4, 1]);
    assertEqual(ymd(y.get_last_day()), [2016, 3, 31]);
    assertEqual(fy(1999).get_label(), '1999/00');
});

test('financial year: leap years', () => {
    assertEqual(fy(2015).get_n_days(), 366);
    assertEqual(fy(2016).get_n_days(), 365);
    assert(fy(2015).contains(date(2016, 2, 29)));
});

test('financial year: contains', () => {
    const y = fy(2015);
    assert(y.contains(date(2015, 4, 1)));
    assert(y.contains(date(2016, 3, 31)));
    assert(!y.contains(date(2015, 3, 31)));
    assert(!y.contains(date(2016, 4, 1)));
});

test('financial year: for a date', () => {
    assertEqual(Reorg.FinancialYear.new_for_date(date(2016, 3, 31), APRIL).get_label(), '2015/16');
    assertEqual(Reorg.FinancialYear.new_for_date(date(2016, 4, 1), APRIL).get_label(), '2016/17');
});

test('financial year: January start', () => {
    const y = fy(2015, GLib.DateMonth.JANUARY);
    assertEqual(ymd(y.get_first_day()), [2015, 1, 1]);
    assertEqual(ymd(y.get_last_day()), [2015, 12, 31]);
    assertEqual(y.get_n_days(), 365);
    assertEqual(y.get_label(), '2015');
});

test('financial year: October start', () => {
    const y = fy(2015, GLib.DateMonth.OCTOBER);
    assertEqual(ymd(y.get_first_day()), [2015, 10, 1]);
    assertEqual(ymd(y.get_last_day()), [2016, 9, 30]);
    assertEqual(y.get_n_days(), 366);
    assertEqual(y.get_label(), '2015/16');
});

test('financial year: fraction from a date', () => {
    const y = fy(2015);
    assertEqual(y.days_from(date(2015, 10, 1)), 183);
    assertEqual(y.fraction_from(date(2015, 10, 1)), 0.5);
    assertEqual(y.fraction_from(date(2015, 4, 1)), 1);
    assertEqual(y.days_from(date(2016, 3, 31)), 1);
    assertEqual(y.days_from(date(2016, 4, 1)), 0);
});

test('financial year: parse, offset, compare', () => {
    const y = Reorg.FinancialYear.parse('2015/16', APRIL);
    assert(y.equal(fy(2015)));
    assert(y.offset(1).equal(fy(2016)));
    assert(fy(2014).compare(fy(2015)) < 0);
    assertEqual(fy(2015).compare(fy(2015)), 0);
    assertThrows(() => Reorg.FinancialYear.parse('2015/17', APRIL),
        Reorg.Error, Reorg.Error.PARSE);
    assertThrows(() => Reorg.FinancialYear.new(2015, GLib.DateMonth.BAD_MONTH),
        Reorg.Error, Reorg.Error.INVALID);
});

done();
