#!/usr/bin/python3
# make-published.py: writes harrow-2011.json, manchester-2015.json and
# birmingham-2011.json, the published savings schedules and budgets of
# three source reports, made by the library from the report tables as
# printed (tables/<report>/*.tsv) with reorg_savings_schedule_new_from_table()
# and reorg_budget_new_from_table().
#
# Nothing is typed in by hand but what the tables do not say: the sign
# convention of each schedule, the titles, and (Manchester 2015) which
# service activity each section of the schedule is, and the workforce
# reductions put beside the budgeted FTE of the same service activities
# (both as tables/manchester-2015/README.md gives them).
#
# Uses the library through GObject introspection: run it with
# GI_TYPELIB_PATH and LD_LIBRARY_PATH pointing at a build's lib/ (as
# tests/meson.build does). Usage: make-published.py [OUTPUT_DIR]
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import sys

import gi
gi.require_version('Reorg', '1')
from gi.repository import GLib, Reorg  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = os.path.join(HERE, 'tables')
Sign = Reorg.SignConvention
OBJECTIVE = Reorg.BudgetAnalysis.OBJECTIVE

# Manchester 2015: the schedule's sections and the service activity of the
# budget and reconciliation each one is (tables/manchester-2015/README.md).
MANCHESTER_SERVICES = {
    'LOOKED AFTER CHILDREN (LAC) AND COMPLEX DEPENDENCY': 'Looked After Children and Complex Dependency',
    'EARLY YEARS AND CHILD HEALTH': "Early Years and Children's Health",
    'LIVING LONGER LIVING BETTER': 'Living Longer Living Better (LLLb)',
    'LEARNING DISABILITY SERVICES': 'Learning Disability Services',
    'Homelessness, Refugee and Asylum': 'Homelessness, Refugee and Asylum',
    'Adult Care Services not included in LLLB': 'Care Services not included in LLLb',
    'Voluntary and Community Sector and Housing Related Support': 'Voluntary and community sector services',
    'Other services commissioned for Children & Families': 'Other services commissioned',
    'EDUCATION AND SKILLS': 'Education and Skills',
    'CORE/BACK OFFICE': 'Core and Back Office',
}


def table(report, name):
    return Reorg.Table.new_from_file(os.path.join(TABLES, report, name))


def set_services(section, services, service=None):
    """Gives every line the service of the innermost section that has one."""
    service = services.get(section.get_name(), service)
    for line in section.get_lines():
        if service is not None:
            line.set_service(service)
    for child in section.get_sections():
        set_services(child, services, service)


def date(y, m, d):
    return GLib.Date.new_dmy(d, GLib.DateMonth(m), y)


# Harrow 2011: the one-off costs the report gives in prose (paragraphs 28
# and 29; tables/harrow-2011/facts.md, L131 and L135). The report dates
# neither: both are put at the go-live of the new operating model, 31
# October 2011 (L27), in 2011/12 as paragraph 29 says of the training costs.
HARROW_GO_LIVE = (2011, 10, 31)
HARROW_ONE_OFF_COSTS = [
    ('Indicative redundancy costs, worst case (approximately 12 FTE)',
     Reorg.OneOffCostKind.REDUNDANCY, 300000),
    ('Staff training and change management',
     Reorg.OneOffCostKind.TRAINING, 120000),
]


def harrow():
    plan = Reorg.Plan.new()
    plan.set_organisation('London Borough of Harrow')
    # The date of the meeting (L6); `reorg report` starts the savings of a
    # proposal without changes in the plan's year.
    plan.set_date(date(2011, 7, 5))
    plan.set_metadata('source', "London Borough of Harrow, Cabinet, 5 July 2011: "
                      "new operating model for Children's Services")
    plan.set_metadata('one_off_costs', "Redundancy: worst case for the loss of approximately "
                      "12 FTE, indicative £300k, met from the corporate provision (paragraph 28). "
                      "Training and change management: estimated £120k in 2011/12, funded from "
                      "the 2011/12 part-year savings (paragraph 29).")
    plan.set_metadata('assumptions', "The report dates neither one-off cost. Both are dated "
                      "2011-10-31, the go-live of the new operating model (the summary of the report), so both "
                      "fall in 2011/12: the report puts the training costs in 2011/12 and does "
                      "not give the year of the redundancy costs. The proposal 'Phase 1' has no "
                      "changes: the report names no posts.")
    plan.add_schedule(Reorg.SavingsSchedule.new_from_table(
        table('harrow-2011', 'savings.tsv'), 'Savings', Sign.NEGATIVE))
    proposal = Reorg.Proposal.new('Phase 1')
    proposal.set_description("First phase of the new operating model for Children's Services, "
                             "from 31 October 2011: one-off costs only (the report names no posts)")
    for label, kind, pounds in HARROW_ONE_OFF_COSTS:
        proposal.add_one_off_cost(Reorg.OneOffCost.new(
            label, kind, Reorg.Money.new(pounds * 100), date(*HARROW_GO_LIVE)))
    plan.add_proposal(proposal)
    return plan


def manchester():
    plan = Reorg.Plan.new()
    plan.set_organisation('Manchester City Council')
    schedule = Reorg.SavingsSchedule.new_from_table(
        table('manchester-2015', 'savings-schedule.tsv'), 'Savings schedule', Sign.POSITIVE)
    for section in schedule.get_sections():
        set_services(section, MANCHESTER_SERVICES)
    plan.add_schedule(schedule)

    budget = Reorg.Budget.new_from_table(table('manchester-2015', 'budget-by-service.tsv'),
                                         'Budget by service activity')
    # The workforce reductions, row by row in the same order (the labels
    # are spelt differently), beside the budgeted FTE.
    reductions = Reorg.Budget.new_from_table(table('manchester-2015', 'workforce-reductions.tsv'),
                                             'Workforce reductions')
    rows = list(budget.get_rows(OBJECTIVE)) + [budget.get_total_row(OBJECTIVE)]
    others = list(reductions.get_rows(OBJECTIVE)) + [reductions.get_total_row(OBJECTIVE)]
    assert len(rows) == len(others)
    for y in range(reductions.get_n_years()):
        by = budget.find_year(reductions.get_year(y))
        for row, other in zip(rows, others):
            row.set_fte(Reorg.BudgetColumn.REDUCTIONS, by,
                        other.get_fte(Reorg.BudgetColumn.REDUCTIONS, y))
    plan.add_budget(budget)
    plan.add_budget(Reorg.Budget.new_from_table(table('manchester-2015', 'reconciliation.tsv'),
                                                'Budget reconciliation'))
    return plan


def birmingham():
    plan = Reorg.Plan.new()
    plan.set_organisation('Birmingham City Council')
    plan.add_budget(Reorg.Budget.new_from_table(table('birmingham-2011', 'budget-fte-by-service.tsv'),
                                                'Budget and FTE by service area'))
    return plan


PLANS = {
    'harrow-2011.json': harrow,
    'manchester-2015.json': manchester,
    'birmingham-2011.json': birmingham,
}


def main(argv):
    out = argv[1] if len(argv) > 1 else HERE
    for name, make in PLANS.items():
        make().save_to_file(os.path.join(out, name))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
