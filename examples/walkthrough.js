// walkthrough.js: a short tour of the Reorg library from JavaScript (GJS).
//
// Builds a small establishment by hand, rolls it up, prints the totals per
// unit, loads the bundled Manchester December 2010 plan and prints its
// totals, shows an error being caught as GLib.Error, and restructures the
// hand-built establishment with a dated proposal: the target as at two
// dates, the diff, and the savings by financial year.
//
// Against an uninstalled build, from the top of the source tree:
//   GI_TYPELIB_PATH=build/lib LD_LIBRARY_PATH=build/lib gjs -m examples/walkthrough.js
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import GLib from 'gi://GLib';
import Reorg from 'gi://Reorg?version=1';
import System from 'system';

const [scriptPath] = GLib.filename_from_uri(import.meta.url);
const MANCHESTER = GLib.build_filenamev([GLib.path_get_dirname(scriptPath), 'data', 'manchester-2010.json']);

function moneyText(money) {
    return money.format(Reorg.MoneyScale.UNITS, 2, Reorg.MoneyFormatFlags.SYMBOL);
}

// GJS 1.74 cannot iterate the library's list models: walk them by index.
function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}
const isoDate = d => `${d.get_year()}-${String(d.get_month()).padStart(2, '0')}-${String(d.get_day()).padStart(2, '0')}`;

function addPost(structure, unit, reference, title, fte, salary, manager = null,
    status = Reorg.PostStatus.FILLED) {
    const post = Reorg.Post.new(reference);
    post.set_title(title);
    post.set_fte(Reorg.Fte.parse(fte));                             // exact: '0.6', '18.5'
    post.set_salary(Reorg.Money.parse(salary, Reorg.MoneyScale.UNITS));
    post.set_on_cost_rate(2500);                                    // 25% on-costs
    post.set_status(status);
    structure.add_post(post, unit);
    if (manager !== null)
        structure.set_reports_to(post, manager);
    return post;
}

// The units in pre-order (each unit, then its children), without recursion.
function* walk(structure) {
    const stack = [{model: structure.get_roots(), position: 0}];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.position >= top.model.get_n_items()) {
            stack.pop();
            continue;
        }
        const unit = top.model.get_item(top.position++);
        yield unit;
        stack.push({model: unit.get_children(), position: 0});
    }
}

function row(label, totals) {
    return `${label.padEnd(34)} ${totals.get_fte().format(2).padStart(8)} FTE ` +
        `${String(totals.get_posts()).padStart(3)} posts ` +
        `${moneyText(totals.get_cost()).padStart(14)} ${totals.get_vacant_posts()} vacant`;
}

function printRollup(structure) {
    const rollup = structure.rollup(Reorg.Dimension.NONE);
    for (const unit of walk(structure))
        print(row('  '.repeat(unit.get_depth()) + unit.get_name(), rollup.get_totals(unit)));
    print(row('Total', rollup.get_total()));
}

// 1. A structure of three units: a directorate and two teams in it.
const structure = Reorg.Structure.new();
const children = Reorg.Unit.new('CS', "Children's Services", Reorg.UnitKind.DIRECTORATE);
const families = Reorg.Unit.new('FF', 'Families First', Reorg.UnitKind.TEAM);
const support = Reorg.Unit.new('BS', 'Business Support', Reorg.UnitKind.TEAM);
families.set_place(Reorg.PlaceKind.DISTRICT, 'Central');
structure.add_unit(children, null);
structure.add_unit(families, children);
structure.add_unit(support, children);

// 2. Posts: 18 full-time posts and a half-time one make 18.5 FTE in
//    Families First; a vacant 0.6 post in Business Support.
const head = addPost(structure, children, 'CS-QAM', 'Quality Assurance Manager', '1', '65000');
const lead = addPost(structure, families, 'FF-01', 'Families First Manager', '1', '42000', head);
for (let i = 2; i <= 18; i++)
    addPost(structure, families, `FF-${String(i).padStart(2, '0')}`, 'Family Support Worker', '1', '24000', lead);
addPost(structure, families, 'FF-19', 'Family Support Worker', '0.5', '12000', lead);
const bsm = addPost(structure, support, 'BS-01', 'Business Support Manager', '1', '30000', head);
addPost(structure, support, 'BS-02', 'Business Support Officer', '0.6', '11100', bsm,
    Reorg.PostStatus.VACANT);

// 3. Roll it up: totals of each unit's whole subtree.
print('A structure built by hand:');
printRollup(structure);

// 4. An error is a GLib.Error in the Reorg.Error domain: here a post
//    reference that is already used.
try {
    structure.add_post(Reorg.Post.new('FF-01'), families);
    printerr('adding a duplicate post reference did not fail');
    System.exit(1);
} catch (error) {
    if (!(error instanceof GLib.Error) || !error.matches(Reorg.Error, Reorg.Error.DUPLICATE))
        throw error;
    print(`\nCaught as expected: ${error.message}`);
}

// 5. The bundled plan: Manchester's Children's Services, December 2010.
const plan = Reorg.Plan.new_from_file(MANCHESTER);
const manchester = plan.get_structure();
const total = manchester.rollup(Reorg.Dimension.NONE).get_total();
const date = plan.get_date();
const iso = `${date.get_year()}-${String(date.get_month()).padStart(2, '0')}-${String(date.get_day()).padStart(2, '0')}`;
print(`\n${plan.get_organisation()}, ${iso}:`);
print(`${manchester.get_n_units()} units, ${total.get_posts()} posts, ${total.get_fte().format(2)} FTE, ` +
    `${moneyText(total.get_cost())} a year, ${total.get_vacant_posts()} vacant posts`);

// 6. A proposal: dated changes against the hand-built structure, which is
//    never modified. The vacant Business Support post goes on 1 October
//    2011, a half-time Quality Assurance Officer is established on
//    1 January 2012, and the Families First manager is regraded on
//    1 April 2012.

const proposal = Reorg.Proposal.new('Phase 1');
const cut = Reorg.Change.new_disestablish_post(GLib.Date.new_dmy(1, GLib.DateMonth.OCTOBER, 2011), 'BS-02');
cut.set_label('Business Support');
const officer = Reorg.Post.new('CS-QAO');
officer.set_title('Quality Assurance Officer');
officer.set_fte(Reorg.Fte.parse('0.5'));
officer.set_salary(Reorg.Money.parse('14000', Reorg.MoneyScale.UNITS));
officer.set_status(Reorg.PostStatus.VACANT);
proposal.add_change(cut);
proposal.add_change(Reorg.Change.new_establish_post(GLib.Date.new_dmy(1, GLib.DateMonth.JANUARY, 2012),
    officer, 'CS', 'CS-QAM'));
proposal.add_change(Reorg.Change.new_regrade(GLib.Date.new_dmy(1, GLib.DateMonth.APRIL, 2012), 'FF-01',
    'Grade 8', Reorg.Money.parse('38000', Reorg.MoneyScale.UNITS)));
const problems = proposal.validate(structure);
if (problems.length > 0) {
    printerr(problems.map(p => p.get_message()).join('\n'));
    System.exit(1);
}

print(`\nProposal "${proposal.get_name()}":`);
for (const change of items(proposal.get_changes()))
    print(`  ${isoDate(change.get_date())}  ${change.describe()}`);

// The target establishment as at a date holds the changes effective on or
// before it; with no date, every change.
const midway = proposal.apply(structure, GLib.Date.new_dmy(31, GLib.DateMonth.DECEMBER, 2011));
const target = proposal.apply(structure, null);
print(`  as at 2011-12-31: ${midway.get_n_posts()} posts; with every change: ${target.get_n_posts()} posts`);

// The diff of the base and the target.
const diff = Reorg.Diff.new(structure, target);
const refsOf = model => items(model).map(p => p.get_reference()).join(', ');
print(`  added: ${refsOf(diff.get_posts_added())}; removed: ${refsOf(diff.get_posts_removed())}; ` +
    `changed: ${diff.get_posts_changed().map(c => c.get_reference()).join(', ')}`);
const totalChange = diff.get_total();
const posts = totalChange.get_posts_change();
print(`  change: ${posts >= 0 ? '+' : ''}${posts} posts, ${totalChange.get_fte_change().format(2)} FTE, ` +
    `${moneyText(totalChange.get_cost_change())} a year in cost`);

// Savings by financial year (April to March), part-year from each change's
// date: positive saves, negative costs.
const savings = Reorg.Savings.new(proposal, structure, GLib.DateMonth.APRIL,
    Reorg.FinancialYear.new(2011, GLib.DateMonth.APRIL), 3);
print('  savings by financial year:');
savings.get_years().forEach((year, i) =>
    print(`    ${year.get_label().padEnd(9)} ${moneyText(savings.get_total(i)).padStart(12)}`));
print(`    ${'full year'.padEnd(9)} ${moneyText(savings.get_full_year_total()).padStart(12)}`);
