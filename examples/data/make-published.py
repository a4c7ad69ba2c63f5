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
from gi.repository import Reorg  # noqa: E402

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


def harrow():
    plan = Reorg.Plan.new()
    plan.set_organisation('London Borough of Harrow')
    plan.add_schedule(Reorg.SavingsSchedule.new_from_table(
        table('harrow-2011', 'savings.tsv'), 'Savings', Sign.NEGATIVE))
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
