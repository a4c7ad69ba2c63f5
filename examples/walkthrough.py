#!/usr/bin/python3
# walkthrough.py: a short tour of the Reorg library from Python.
#
# Builds a small establishment by hand, rolls it up, prints the totals per
# unit, loads the bundled Manchester December 2010 plan and prints its
# totals, shows an error being caught as GLib.Error, and restructures the
# hand-built establishment with a dated proposal: the target as at two
# dates, the diff, and the savings by financial year.
#
# Against an uninstalled build, from the top of the source tree:
#   GI_TYPELIB_PATH=build/lib LD_LIBRARY_PATH=build/lib \
#     PYTHONPATH=bindings/python /usr/bin/python3 examples/walkthrough.py
#
# Only plain introspected calls are used, so this runs with or without the
# Python override module (bindings/python/gi/overrides/Reorg.py).
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import sys

import gi
gi.require_version('Reorg', '1')
from gi.repository import GLib, Reorg  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MANCHESTER = os.path.join(HERE, 'data', 'manchester-2010.json')


def money_text(money):
    return money.format(Reorg.MoneyScale.UNITS, 2, Reorg.MoneyFormatFlags.SYMBOL)


def add_post(structure, unit, reference, title, fte, salary, manager=None,
             status=Reorg.PostStatus.FILLED):
    post = Reorg.Post.new(reference)
    post.set_title(title)
    post.set_fte(Reorg.Fte.parse(fte))                              # exact: "0.6", "18.5"
    post.set_salary(Reorg.Money.parse(salary, Reorg.MoneyScale.UNITS))
    post.set_on_cost_rate(2500)                                     # 25% on-costs
    post.set_status(status)
    structure.add_post(post, unit)
    if manager is not None:
        structure.set_reports_to(post, manager)
    return post


def walk(structure):
    """The units in pre-order: each unit, then its children."""
    stack = [iter(structure.get_roots())]
    while stack:
        unit = next(stack[-1], None)
        if unit is None:
            stack.pop()
            continue
        yield unit
        stack.append(iter(unit.get_children()))


def print_rollup(structure):
    rollup = structure.rollup(Reorg.Dimension.NONE)
    for unit in walk(structure):
        totals = rollup.get_totals(unit)
        print('%-34s %8s FTE %3d posts %14s %d vacant' % (
            '  ' * unit.get_depth() + unit.get_name(),
            totals.get_fte().format(2), totals.get_posts(),
            money_text(totals.get_cost()), totals.get_vacant_posts()))
    total = rollup.get_total()
    print('%-34s %8s FTE %3d posts %14s %d vacant' % (
        'Total', total.get_fte().format(2), total.get_posts(),
        money_text(total.get_cost()), total.get_vacant_posts()))


def main():
    # 1. A structure of three units: a directorate and two teams in it.
    structure = Reorg.Structure.new()
    children = Reorg.Unit.new('CS', "Children's Services", Reorg.UnitKind.DIRECTORATE)
    families = Reorg.Unit.new('FF', 'Families First', Reorg.UnitKind.TEAM)
    support = Reorg.Unit.new('BS', 'Business Support', Reorg.UnitKind.TEAM)
    families.set_place(Reorg.PlaceKind.DISTRICT, 'Central')
    structure.add_unit(children, None)
    structure.add_unit(families, children)
    structure.add_unit(support, children)

    # 2. Posts: 18 full-time posts and a half-time one make 18.5 FTE in
    #    Families First; a vacant 0.6 post in Business Support.
    head = add_post(structure, children, 'CS-QAM', 'Quality Assurance Manager', '1', '65000')
    lead = add_post(structure, families, 'FF-01', 'Families First Manager', '1', '42000', head)
    for i in range(2, 19):
        add_post(structure, families, 'FF-%02d' % i, 'Family Support Worker', '1', '24000', lead)
    add_post(structure, families, 'FF-19', 'Family Support Worker', '0.5', '12000', lead)
    bsm = add_post(structure, support, 'BS-01', 'Business Support Manager', '1', '30000', head)
    add_post(structure, support, 'BS-02', 'Business Support Officer', '0.6', '11100', bsm,
             status=Reorg.PostStatus.VACANT)

    # 3. Roll it up: totals of each unit's whole subtree.
    print('A structure built by hand:')
    print_rollup(structure)

    # 4. An error is a GLib.Error in the Reorg.Error domain: here a post
    #    reference that is already used.
    try:
        structure.add_post(Reorg.Post.new('FF-01'), families)
    except GLib.Error as error:
        assert error.matches(Reorg.error_quark(), Reorg.Error.DUPLICATE), error
        print('\nCaught as expected: %s' % error.message)
    else:
        sys.exit('adding a duplicate post reference did not fail')

    # 5. The bundled plan: Manchester's Children's Services, December 2010.
    plan = Reorg.Plan.new_from_file(MANCHESTER)
    manchester = plan.get_structure()
    total = manchester.rollup(Reorg.Dimension.NONE).get_total()
    date = plan.get_date()
    print('\n%s, %04d-%02d-%02d:' % (plan.get_organisation(), date.get_year(),
                                     int(date.get_month()), date.get_day()))
    print('%d units, %d posts, %s FTE, %s a year, %d vacant posts' % (
        manchester.get_n_units(), total.get_posts(), total.get_fte().format(2),
        money_text(total.get_cost()), total.get_vacant_posts()))

    # 6. A proposal: dated changes against the hand-built structure, which
    #    is never modified. The vacant Business Support post goes on
    #    1 October 2011, a half-time Quality Assurance Officer is
    #    established on 1 January 2012, and the Families First manager is
    #    regraded on 1 April 2012.
    proposal = Reorg.Proposal.new('Phase 1')
    cut = Reorg.Change.new_disestablish_post(
        GLib.Date.new_dmy(1, GLib.DateMonth.OCTOBER, 2011), 'BS-02')
    cut.set_label('Business Support')
    officer = Reorg.Post.new('CS-QAO')
    officer.set_title('Quality Assurance Officer')
    officer.set_fte(Reorg.Fte.parse('0.5'))
    officer.set_salary(Reorg.Money.parse('14000', Reorg.MoneyScale.UNITS))
    officer.set_status(Reorg.PostStatus.VACANT)
    regrade = Reorg.Change.new_regrade(
        GLib.Date.new_dmy(1, GLib.DateMonth.APRIL, 2012), 'FF-01', 'Grade 8',
        Reorg.Money.parse('38000', Reorg.MoneyScale.UNITS))
    for change in (cut,
                   Reorg.Change.new_establish_post(
                       GLib.Date.new_dmy(1, GLib.DateMonth.JANUARY, 2012),
                       officer, 'CS', 'CS-QAM'),
                   regrade):
        proposal.add_change(change)
    problems = proposal.validate(structure)
    assert len(problems) == 0, [p.get_message() for p in problems]

    print('\nProposal "%s":' % proposal.get_name())
    for change in proposal.get_changes():
        when = change.get_date()
        print('  %04d-%02d-%02d  %s' % (when.get_year(), int(when.get_month()),
                                        when.get_day(), change.describe()))
    # The target establishment as at a date holds the changes effective on
    # or before it; with no date, every change.
    midway = proposal.apply(structure, GLib.Date.new_dmy(31, GLib.DateMonth.DECEMBER, 2011))
    target = proposal.apply(structure, None)
    print('  as at 2011-12-31: %d posts; with every change: %d posts' % (
        midway.get_n_posts(), target.get_n_posts()))

    # The diff of the base and the target.
    diff = Reorg.Diff.new(structure, target)
    print('  added: %s; removed: %s; changed: %s' % (
        ', '.join(p.get_reference() for p in diff.get_posts_added()),
        ', '.join(p.get_reference() for p in diff.get_posts_removed()),
        ', '.join(c.get_reference() for c in diff.get_posts_changed())))
    total_change = diff.get_total()
    print('  change: %+d posts, %s FTE, %s a year in cost' % (
        total_change.get_posts_change(), total_change.get_fte_change().format(2),
        money_text(total_change.get_cost_change())))

    # Savings by financial year (April to March), part-year from each
    # change's date: positive saves, negative costs.
    savings = Reorg.Savings.new(proposal, structure, GLib.DateMonth.APRIL,
                                Reorg.FinancialYear.new(2011, GLib.DateMonth.APRIL), 3)
    print('  savings by financial year:')
    for i, year in enumerate(savings.get_years()):
        print('    %-9s %12s' % (year.get_label(), money_text(savings.get_total(i))))
    print('    %-9s %12s' % ('full year', money_text(savings.get_full_year_total())))


if __name__ == '__main__':
    main()
