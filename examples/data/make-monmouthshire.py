#!/usr/bin/python3
# make-monmouthshire.py: writes monmouthshire.json, a small plan of
# Monmouthshire County Council's Children's Services as the Cabinet report
# of 11 January 2017 ("Children's Services re-design: delivery model and
# structure") describes it, with the re-design as a proposal.
#
# The report (shared/seeds/004_*.txt; its figures quoted in
# examples/data/tables/monmouthshire/facts.md) gives the teams, the change
# of 4 social worker posts from temporary to permanent, and a net
# additional cost "in the region of £86,000" met by a one-off call on
# reserves in 2017/18. The posts deleted and created are in appendices the
# seed does not hold: every post, salary and team split here is an
# illustrative assumption, listed in the plan's "metadata" under
# "assumptions", chosen so that the £86,000 comes out of the computation
# (reorg report --years 1: net cost and call on reserves for 2017/18).
#
# Standard library only, deterministic: running it twice writes the same
# bytes. Usage: /usr/bin/python3 make-monmouthshire.py [OUTPUT.json]
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import sys
from decimal import Decimal

ON_COST_RATE = 2500  # basis points of salary: 25% (employer NI and pension)
EFFECTIVE = "2017-04-01"  # the new structure from the start of 2017/18
LABEL = "Children's Services re-design"

units = []   # in pre-order
posts = []
changes = []


def unit(ref, name, kind, parent=None):
    u = {"ref": ref, "name": name, "kind": kind}
    if parent is not None:
        u["parent"] = parent
    units.append(u)
    return ref


def money(amount):
    return "%.2f" % Decimal(amount)


def post_object(ref, unit_ref, title, grade, salary, reports_to=None,
                status="filled", tenure="permanent", funding="mainstream"):
    p = {"unit": unit_ref, "title": title, "grade": grade, "fte": "1",
         "salary": money(salary), "on_cost_rate": ON_COST_RATE,
         "status": status, "tenure": tenure, "funding": funding}
    if ref is not None:
        p = {"ref": ref, **p}
    if reports_to is not None:
        p["reports_to"] = reports_to
    return p


def post(ref, *args, **kwargs):
    posts.append(post_object(ref, *args, **kwargs))
    return ref


def change(kind, **members):
    c = {"kind": kind, "date": EFFECTIVE}
    c.update(members)
    c["label"] = LABEL
    changes.append(c)


# ---- Illustrative 2016/17 salaries (full-time, pounds a year) ----
SALARY = {
    "head": 80000,
    "service-manager": 55000,
    "team-manager": 45000,
    "senior-practitioner": 38000,
    "senior-practitioner-duty": 36000,
    "business-support-supervisor": 36000,
    "social-worker": 30900,
    "family-support-worker": 24000,
    "taf-coordinator": 28000,
    "business-support-officer": 20000,
}

# ---- The structure before the re-design (January 2017) ----
unit("SCH", "Social Care and Health", "directorate")
unit("CS", "Children's Services", "service", "SCH")
unit("WB", "Well Being, Family Support and Safeguarding", "division", "CS")
unit("WB-DUTY", "Duty and Assessment Team", "team", "WB")
unit("WB-TAF", "Team Around the Family (TAF)", "team", "WB")
unit("WB-INT", "Interim Additional Team", "team", "WB")
unit("MC", "Managed Care and Looked After Children", "division", "CS")
unit("MC-LT", "Long Term Team", "team", "MC")
unit("BS", "Children's Services Business Support", "team", "CS")

post("CS-HEAD", "CS", "Head of Children's Services", "Head of Service", SALARY["head"])
post("WB-SM", "WB", "Service Manager, Well Being, Family Support and Safeguarding",
     "Service Manager", SALARY["service-manager"], "CS-HEAD")
post("MC-SM", "MC", "Service Manager, Managed Care and Looked After Children",
     "Service Manager", SALARY["service-manager"], "CS-HEAD")

post("DUTY-TM", "WB-DUTY", "Team Manager", "Team Manager", SALARY["team-manager"], "WB-SM")
post("DUTY-SP", "WB-DUTY", "Senior Practitioner", "Senior Practitioner",
     SALARY["senior-practitioner-duty"], "DUTY-TM")
for i in range(1, 5):
    post("DUTY-SW%d" % i, "WB-DUTY", "Social Worker", "Social Worker",
         SALARY["social-worker"], "DUTY-TM")

TAF_FUNDING = {"kind": "grant", "name": "Families First"}
post("TAF-CO", "WB-TAF", "TAF Co-ordinator", "TAF Co-ordinator", SALARY["taf-coordinator"],
     "WB-SM", funding=TAF_FUNDING)
for i in range(1, 3):
    post("TAF-FSW%d" % i, "WB-TAF", "Family Support Worker", "Family Support Worker",
         SALARY["family-support-worker"], "TAF-CO", funding=TAF_FUNDING)

# The team developed as an interim arrangement (L41), staffed by the four
# social workers whose temporary funding from reserves was approved in
# 2015 (5.2).
post("INT-TM", "WB-INT", "Team Manager", "Team Manager", SALARY["team-manager"], "WB-SM")
TEMPORARY = ["INT-SW%d" % i for i in range(1, 5)]
for ref in TEMPORARY:
    post(ref, "WB-INT", "Social Worker", "Social Worker", SALARY["social-worker"], "INT-TM",
         tenure="temporary")

post("LT-TM", "MC-LT", "Team Manager", "Team Manager", SALARY["team-manager"], "MC-SM")
for i in range(1, 6):
    post("LT-SW%d" % i, "MC-LT", "Social Worker", "Social Worker",
         SALARY["social-worker"], "LT-TM")

post("BS-SUP", "BS", "Business Support Supervisor", "Business Support Supervisor",
     SALARY["business-support-supervisor"], "CS-HEAD")
for i in range(1, 5):
    post("BS-BSO%d" % i, "BS", "Business Support Officer", "Business Support Officer",
         SALARY["business-support-officer"], "BS-SUP")

# ---- The proposal: the new delivery model from 1 April 2017 ----
# Recommendation 2.4: the 4 social worker posts become permanent. Their
# permanent funding is within the 2017/18 budget (5.2): the report counts
# them outside the £86,000, and so does the plan (a change of tenure costs
# nothing).
for ref in TEMPORARY:
    change("set-tenure", post=ref, tenure="permanent")

# 3.8: the Early Help Team at the front door, integrating TAF.
change("create-unit", unit={"ref": "WB-EH", "name": "Early Help Team", "kind": "team",
                            "parent": "WB"})
change("merge-unit", unit="WB-DUTY", into="WB-EH")
change("merge-unit", unit="WB-TAF", into="WB-EH")
# 3.12: the Care and Support Team, newly created; the interim team and its
# four social workers move into it.
change("create-unit", unit={"ref": "MC-CAS", "name": "Care and Support Team", "kind": "team",
                            "parent": "MC"})
change("merge-unit", unit="WB-INT", into="MC-CAS")
# 3.13: the Supporting Children and Young People Team takes over the long
# term looked after children.
change("rename-unit", unit="MC-LT", name="Supporting Children and Young People Team")

# 5.1: posts deleted and created (appendices b, bi and c; not in the seed).
# Deleted, after the review of business support (4.6): the business support
# supervisor (the officers then report to the head of service) and two
# business support officers.
for i in range(1, 3):
    change("set-reports-to", post="BS-BSO%d" % i, reports_to="CS-HEAD")
change("disestablish-post", post="BS-BSO3")
change("disestablish-post", post="BS-BSO4")
change("disestablish-post", post="BS-SUP")
# Created: a team manager for the new Care and Support Team (the interim
# team's manager leads Early Help's court work specialism), a senior
# practitioner for court work (4.5) and two social workers for long term
# looked after children and care leavers (4.5).
change("establish-post", post=post_object("CAS-TM", "MC-CAS", "Team Manager", "Team Manager",
                                          SALARY["team-manager"], "MC-SM", status="vacant"))
change("establish-post", post=post_object("CAS-SPC", "MC-CAS", "Senior Practitioner (Court work)",
                                          "Senior Practitioner", SALARY["senior-practitioner"],
                                          "CAS-TM", status="vacant"))
for i in (6, 7):
    change("establish-post", post=post_object("LT-SW%d" % i, "MC-LT", "Social Worker",
                                              "Social Worker", SALARY["social-worker"],
                                              "LT-TM", status="vacant"))

deleted = SALARY["business-support-supervisor"] + 2 * SALARY["business-support-officer"]
created = SALARY["team-manager"] + SALARY["senior-practitioner"] + 2 * SALARY["social-worker"]
NET = (created - deleted) * (10000 + ON_COST_RATE) // 10000
assert NET == 86000, NET

FROM_REPORT = [
    "2.3: the call on reserves in 2017/18 up to £86,000; financial balance by 2018/19.",
    "2.4: 4 social worker posts change from temporary to permanent.",
    "3.8: the Early Help Team at the front door integrates the Team Around the Family (TAF).",
    "3.12: the Care & Support Team is newly created.",
    "3.13: the Supporting Children and Young People Team.",
    "4.1: two Service Manager areas, 'Well Being Family Support & Safeguarding' and "
    "'Managed Care & Looked after Children'.",
    "5.1: posts deleted and created; the net additional resource is in the region of "
    "£86,000, funded from 2018/19 but a 'one off' use of reserves in 2017/18 for £86,000.",
    "5.2: reserves funded 4 additional social workers from 2015; their permanent funding is "
    "within the 2017/18 budget.",
    "5.3: TAF continues to be funded through Families First.",
]

ASSUMPTIONS = [
    "The structure charts (appendices a, b, bi and c) are not in the seed: every post, "
    "grade, salary and team split is illustrative.",
    "Salaries are full-time annual salaries of 2016/17; on-costs are 25% of salary.",
    "The current teams: Duty and Assessment, Team Around the Family and the interim "
    "additional team (L41) under Well Being; a Long Term Team under Managed Care; a "
    "business support team.",
    "The four temporary social workers staff the interim team; they move with it into the "
    "Care and Support Team and become permanent. Their funding is already in the 2017/18 "
    "budget (5.2), so the set-tenure changes cost nothing and the £86,000 excludes them.",
    "Deleted: the business support supervisor (£36,000) and two business support officers "
    "(£20,000 each): £76,000. Created: a Care and Support team manager (£45,000), a "
    "court work senior practitioner (£38,000) and two social workers (£30,900 each): "
    "£144,800. Net £68,800 of salary, £86,000 with on-costs.",
    "Every change takes effect on 1 April 2017, the start of 2017/18; new posts are "
    "established vacant.",
    "The £86,000 recurs; the base budget funds it from 2018/19, so the call on reserves is "
    "that of 2017/18 alone: reorg report --years 1.",
]

plan = {
    "format": "reorg-plan",
    "version": 1,
    "organisation": "Monmouthshire County Council",
    "financial_year_start": 4,
    "date": "2017-01-11",
    "metadata": {
        "title": "Children's Services before the 2017 re-design of the delivery model",
        "source": "Monmouthshire County Council, report to Cabinet, 11 January 2017: "
                  "Children's Services re-design (delivery model and structure)",
        "generator": "examples/data/make-monmouthshire.py",
        "from_report": "\n".join(FROM_REPORT),
        "assumptions": "\n".join(ASSUMPTIONS),
        "on_cost_rate": "2500 basis points (25%) of salary",
        "net_additional_cost": "86000.00",
        "reserves_call_2017_18": "86000.00",
    },
    "structure": {
        "date": "2017-01-11",
        "units": units,
        "posts": posts,
    },
    "proposals": [
        {
            "name": "Re-design",
            "description": "Children's Services delivery model and structure from 1 April "
                           "2017, as recommended to Cabinet on 11 January 2017",
            "changes": changes,
        },
    ],
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "monmouthshire.json")
    text = json.dumps(plan, indent=2, ensure_ascii=False) + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
