#!/usr/bin/python3
# make-manchester-2010.py: writes manchester-2010.json, the establishment of
# Manchester City Council's Children's Services units that the Personnel
# Committee report of 22 December 2010 ("Children's Services Target
# Operating Model - Phase 1 Implementation") restructures, as it stood
# BEFORE that restructure.
#
# Counts and FTE are the report's; everything the report does not give
# (salaries, grades, team splits, managers, vacancies) is an illustrative
# assumption, listed in the plan's "metadata" under "assumptions".
#
# Standard library only, deterministic: running it twice writes the same
# bytes. Usage: /usr/bin/python3 make-manchester-2010.py [OUTPUT.json]
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import sys
from decimal import Decimal

ON_COST_RATE = 2000  # basis points of salary: 20% (employer NI and pension)

units = []   # in pre-order
posts = []


def unit(ref, name, kind, parent=None, place_kind=None, place=None):
    u = {"ref": ref, "name": name, "kind": kind}
    if parent is not None:
        u["parent"] = parent
    if place_kind is not None:
        u["place_kind"] = place_kind
        u["place"] = place
    units.append(u)
    return ref


def money(amount):
    return "%.2f" % Decimal(amount)


def fte_text(fte):
    fte = Decimal(fte)
    return str(fte.normalize()) if fte != fte.to_integral() else str(int(fte))


def post(ref, unit_ref, title, grade, salary, reports_to=None, fte="1",
         status="filled", tenure="permanent", funding="mainstream",
         job_family=None):
    """salary is the full-time annual salary; part-time posts are paid pro rata."""
    fte = Decimal(fte)
    paid = (Decimal(salary) * fte).quantize(Decimal("0.01"))
    p = {"ref": ref, "unit": unit_ref, "title": title}
    if grade is not None:
        p["grade"] = grade
    p["fte"] = fte_text(fte)
    p["salary"] = money(paid)
    p["on_cost_rate"] = ON_COST_RATE
    p["status"] = status
    p["tenure"] = tenure
    p["funding"] = funding
    if reports_to is not None:
        p["reports_to"] = reports_to
    if job_family is not None:
        p["job_family"] = job_family
    posts.append(p)
    return ref


# ---- Illustrative 2010 salaries (full-time, pounds a year) ----
SALARY = {
    "deputy-director": 95000,
    "siim": 62000,          # School Improvement and Interventions Manager
    "senior-seo": 58500,
    "seo": 50200,           # > 50,000: 18 SEOs ...
    "ext-manager": 50500,   # ... + the Extended Schools Manager = 19 over 50,000
    "lso": 45100,           # 45,000 < LSO < 50,000: the 36 over 45,000
    "ops-manager": 52000,
    "ext-adviser": 20000,
    "strategic-lead": 42500,
    "fs-head": 51000,
    "fiss-manager": 36000,
    "senior-fsw": 29500,
    "fsw": 24000,
    "as-manager": 36500,
    "as-team-manager": 27500,
    "senior-admin": 21500,
    "admin-officer": 18500,
    "admin-assistant": 16000,
    "pa": 23000,
    "finance-assistant": 19500,
    "systems-officer": 21000,
    "records-officer": 17500,
    "receptionist": 15500,
    "minute-taker": 18000,
}

EXTENDED_SCHOOLS_GRANT = {"kind": "grant", "name": "Standards Fund (Extended Schools)"}
ABG = {"kind": "grant", "name": "ABG"}

# ---- Units and posts ----

unit("CS", "Children's Services", "directorate")
post("CS-DD", "CS", "Deputy Director, Children's Services", "Deputy Director",
     SALARY["deputy-director"], job_family="Senior Management")

# Education Services: the Core division that the report realigns.
unit("ES", "Education Services (Core division)", "division", parent="CS")
post("ES-SIIM", "ES", "School Improvement and Interventions Manager", "SMG2",
     SALARY["siim"], reports_to="CS-DD", job_family="Education")
# Report 5.6: with three designated areas, "one vacant Senior School
# Effectiveness Officer has been disestablished" already; three remain.

seo_number = 0
for n, (code, area) in enumerate((("N", "North"), ("C", "Central"), ("S", "South")), start=1):
    team = unit("ES-SE-" + code, "School Effectiveness " + area, "team",
                parent="ES", place_kind="area", place=area)
    senior = post("ES-SSEO-%02d" % n, team, "Senior School Effectiveness Officer",
                  "Soulbury (senior)", SALARY["senior-seo"], reports_to="ES-SIIM",
                  job_family="Education")
    for _ in range(6):
        seo_number += 1
        post("ES-SEO-%02d" % seo_number, team, "School Effectiveness Officer",
             "Soulbury", SALARY["seo"], reports_to=senior, job_family="Education")
assert seo_number == 18

unit("ES-OPS", "Operations Team", "team", parent="ES")
post("ES-OPS-MGR", "ES-OPS", "Operations Manager", "SMG1", SALARY["ops-manager"],
     reports_to="ES-SIIM", job_family="Education")
for i in range(1, 37):
    post("ES-LSO-%02d" % i, "ES-OPS", "Learning Strategy Officer", "Soulbury",
         SALARY["lso"], reports_to="ES-OPS-MGR", job_family="Education")

unit("ES-EXT", "Extended Schools", "team", parent="ES")
post("ES-EXT-MGR", "ES-EXT", "Extended Schools Manager", "SMG1", SALARY["ext-manager"],
     reports_to="ES-SIIM", tenure="secondment", funding=EXTENDED_SCHOOLS_GRANT,
     job_family="Education")
for i in range(1, 4):
    post("ES-EXT-ADV-%02d" % i, "ES-EXT", "Extended Schools Adviser", "Grade 11",
         SALARY["ext-adviser"], reports_to="ES-EXT-MGR", tenure="temporary",
         funding=EXTENDED_SCHOOLS_GRANT, job_family="Education")

# The Strategy Team has no manager of its own before the restructure (the new
# Senior Strategy Manager will lead it), so its leads report to the School
# Improvement and Interventions Manager in the unit above.
unit("ES-STR", "Strategy Team", "team", parent="ES")
for i in range(1, 13):
    post("ES-SL-%02d" % i, "ES-STR", "Strategic Lead", "Grade 12",
         SALARY["strategic-lead"], reports_to="ES-SIIM", job_family="Education")

# Family Support: FISS, 38 FTE = 36 full-time + 4 half-time posts, part of
# whose staff work in the Families First test team in Central district.
unit("FS", "Family Support", "service", parent="CS")
post("FS-HEAD", "FS", "Head of Family Support", "SMG1", SALARY["fs-head"],
     reports_to="CS-DD", job_family="Family Support")

unit("FS-FISS", "Family Intervention Support Service (FISS)", "service", parent="FS")
post("FS-FISS-MGR", "FS-FISS", "FISS Manager", "Grade 10", SALARY["fiss-manager"],
     reports_to="FS-HEAD", job_family="Family Support")
seniors = [post("FS-FISS-SFSW-%02d" % i, "FS-FISS", "Senior Family Support Worker",
                "Grade 8", SALARY["senior-fsw"], reports_to="FS-FISS-MGR",
                job_family="Family Support")
           for i in (1, 2)]
for i in range(1, 28):
    # Six full-time workers are funded from the Area Based Grant.
    post("FS-FISS-FSW-%02d" % i, "FS-FISS", "Family Support Worker", "Grade 6",
         SALARY["fsw"], reports_to=seniors[(i - 1) % 2],
         funding=ABG if i > 21 else "mainstream", job_family="Family Support")
for i in range(28, 32):
    post("FS-FISS-FSW-%02d" % i, "FS-FISS", "Family Support Worker (part-time)",
         "Grade 6", SALARY["fsw"], fte="0.5", reports_to=seniors[(i - 1) % 2],
         funding=ABG, job_family="Family Support")

unit("FS-FF", "Families First test team", "team", parent="FS-FISS",
     place_kind="district", place="Central")
post("FS-FF-SFSW-01", "FS-FF", "Senior Family Support Worker (Families First test team)",
     "Grade 8", SALARY["senior-fsw"], reports_to="FS-FISS-MGR",
     job_family="Family Support")
for i in range(1, 6):
    post("FS-FF-FSW-%02d" % i, "FS-FF", "Family Support Worker (Families First test team)",
         "Grade 6", SALARY["fsw"], reports_to="FS-FF-SFSW-01",
         job_family="Family Support")

# The administrative service: 174 posts.
unit("AS", "Administrative Service", "service", parent="CS")
post("AS-MGR", "AS", "Administrative Service Manager", "Grade 10", SALARY["as-manager"],
     reports_to="CS-DD", job_family="Administration")

# team ref, name, number of posts (manager included), the titles that fill
# it after the manager and its senior officers (cycled)
ADMIN_TEAMS = [
    ("AS-DIR", "Directorate Support", 25,
     [("Personal Assistant", "Grade 5", "pa"),
      ("Administrative Officer", "Grade 4", "admin-officer"),
      ("Administrative Assistant", "Grade 3", "admin-assistant")]),
    ("AS-EDU", "Education Services Administration", 30,
     [("Administrative Officer", "Grade 4", "admin-officer"),
      ("Administrative Assistant", "Grade 3", "admin-assistant")]),
    ("AS-SC", "Social Care Administration", 45,
     [("Administrative Officer", "Grade 4", "admin-officer"),
      ("Minute Taker", "Grade 4", "minute-taker"),
      ("Administrative Assistant", "Grade 3", "admin-assistant")]),
    ("AS-FAM", "Family Support and Early Years Administration", 28,
     [("Administrative Officer", "Grade 4", "admin-officer"),
      ("Administrative Assistant", "Grade 3", "admin-assistant")]),
    ("AS-FIN", "Finance and Systems Administration", 24,
     [("Finance Assistant", "Grade 4", "finance-assistant"),
      ("Systems Support Officer", "Grade 5", "systems-officer"),
      ("Administrative Assistant", "Grade 3", "admin-assistant")]),
    ("AS-REC", "Records and Reception", 21,
     [("Records Officer", "Grade 3", "records-officer"),
      ("Receptionist", "Grade 2", "receptionist")]),
]
assert 1 + sum(size for _, _, size, _ in ADMIN_TEAMS) == 174

admin_serial = 0   # across the whole service, to place vacancies and part-time
for team_ref, team_name, size, titles in ADMIN_TEAMS:
    unit(team_ref, team_name, "team", parent="AS")
    manager = post(team_ref + "-MGR", team_ref, "Administration Team Manager", "Grade 7",
                   SALARY["as-team-manager"], reports_to="AS-MGR",
                   job_family="Administration")
    n_seniors = max(1, (size - 1) // 9)
    seniors = [post("%s-SAO-%02d" % (team_ref, i), team_ref,
                    "Senior Administrative Officer", "Grade 5", SALARY["senior-admin"],
                    reports_to=manager, job_family="Administration")
               for i in range(1, n_seniors + 1)]
    for i in range(1, size - n_seniors):
        title, grade, salary_key = titles[(i - 1) % len(titles)]
        admin_serial += 1
        # Natural turnover has brought the service close to the 112 posts of
        # the new Business Support Service: every third post is vacant.
        status = "vacant" if admin_serial % 3 == 0 else "filled"
        # Every fifth post is a half-time post, every seventh a 0.6 post.
        if admin_serial % 5 == 0:
            fte = "0.5"
        elif admin_serial % 7 == 0:
            fte = "0.6"
        else:
            fte = "1"
        post("%s-%02d" % (team_ref, i), team_ref, title, grade, SALARY[salary_key],
             fte=fte, status=status, reports_to=seniors[(i - 1) % n_seniors],
             job_family="Administration")


# ---- Checks against the report ----

def subtree(ref):
    refs = {ref}
    for u in units:   # pre-order: parents come first
        if u.get("parent") in refs:
            refs.add(u["ref"])
    return refs


def posts_in(ref):
    refs = subtree(ref)
    return [p for p in posts if p["unit"] in refs]


def fte_sum(ps):
    return sum(Decimal(p["fte"]) for p in ps)


def full_time_salary(p):
    return Decimal(p["salary"]) / Decimal(p["fte"])


assert len([p for p in posts if p["title"] == "School Effectiveness Officer"]) == 18
assert len([p for p in posts if p["title"] == "Learning Strategy Officer"]) == 36
assert all(p["unit"] == "ES-OPS" for p in posts if p["title"] == "Learning Strategy Officer")
assert len(posts_in("ES-STR")) == 12
assert fte_sum(posts_in("FS-FISS")) == 38
assert len(posts_in("FS-FISS")) == 40
assert len(posts_in("AS")) == 174
# The posts disestablished before the end of March 2011 (report, "Financial
# consequences"): 18 SEOs, 36 LSOs, the Extended Schools Manager and advisers,
# FISS and the administrative service. 19 are paid over 50,000 and 36 over
# 45,000 (and not over 50,000).
going = [p for p in posts
         if p["title"] in ("School Effectiveness Officer", "Learning Strategy Officer")
         or p["unit"] in subtree("ES-EXT") | subtree("FS-FISS") | subtree("AS")]
assert len([p for p in going if full_time_salary(p) > 50000]) == 19
assert len([p for p in going if 45000 < full_time_salary(p) <= 50000]) == 36
seen = set()
for u in units:
    assert u["ref"] not in seen and u.get("parent", "CS") in seen | {"CS"}
    seen.add(u["ref"])
post_refs = {p["ref"] for p in posts}
assert len(post_refs) == len(posts)
for p in posts:
    if "reports_to" in p:
        manager = next(m for m in posts if m["ref"] == p["reports_to"])
        parent = next(u.get("parent") for u in units if u["ref"] == p["unit"])
        assert manager["unit"] in (p["unit"], parent), p["ref"]

n_admin_vacant = len([p for p in posts_in("AS") if p["status"] == "vacant"])
n_admin_part_time = len([p for p in posts_in("AS") if p["fte"] != "1"])

# ---- Provenance ----

FROM_REPORT = [
    "Date of the establishment: Personnel Committee of 22 December 2010; the posts "
    "are those before the Phase 1 restructure.",
    "Education Services (Core division): 18 School Effectiveness Officers (all to be "
    "disestablished before the end of March 2011).",
    "Senior School Effectiveness Officers: three designated areas North, Central and "
    "South, one Senior School Effectiveness Officer each; a fourth, vacant post has "
    "already been disestablished before this date, so it is not in the establishment.",
    "The School Improvement and Interventions Manager (disestablished from March 2012, "
    "earlier only if vacant).",
    "36 Learning Strategy Officers, transferred to the Operations Team.",
    "The Extended Schools Manager on secondment until March 2011 and other posts in the "
    "team; funding for Extended Schools ends in March 2011.",
    "A Strategy Team of 12 Strategic Leads (to reduce to 6 over two years by natural "
    "reduction).",
    "FISS: 38 FTE posts; a Families First test team in Central district staffed from "
    "part of FISS since May 2010.",
    "The administrative service: 174 posts.",
    "A Deputy Director, Children's Services above the Education Services senior "
    "management team.",
    "19 of the posts disestablished before the end of March 2011 are paid over 50,000 "
    "pounds and 36 over 45,000 pounds.",
]

ASSUMPTIONS = [
    "Salaries are illustrative 2010 full-time figures chosen to agree with the report: "
    "School Effectiveness Officers 50,200 and the Extended Schools Manager 50,500 (the 19 "
    "posts over 50,000), Learning Strategy Officers 45,100 (the 36 posts over 45,000); "
    "every other post that goes before the end of March 2011 is paid 45,000 or less. "
    "They are also chosen so that the savings the proposal computes round to the "
    "report's 3m (Education Services) and 1.8m (family support and business support).",
    "Salaries of part-time posts are pro rata: the plan's salary is the amount paid.",
    "On-costs are 20% of salary for every post (on_cost_rate 2000).",
    "Grades are illustrative labels (Deputy Director, SMG1-2, Soulbury, Grade 2-12); the "
    "report only says that posts below senior management are Grade 12 and below.",
    "FISS is 36 full-time posts and 4 half-time posts (38 FTE, 40 posts): a FISS Manager, "
    "3 Senior Family Support Workers and 32 full-time and 4 half-time Family Support "
    "Workers; 6 of the test team's posts (a senior worker and 5 workers) sit in the "
    "Families First test team in Central district, inside FISS.",
    "Ten FISS posts (6 full-time, 4 half-time) are funded from the Area Based Grant (ABG); "
    "the report says the reduction addresses the loss of ABG funding.",
    "The Extended Schools team is the manager (secondment) and 3 temporary advisers, all "
    "funded by an extended schools grant named here 'Standards Fund (Extended Schools)'.",
    "The administrative service is 174 posts: the Administrative Service Manager and six "
    "teams by service (Directorate Support 25, Education Services Administration 30, "
    "Social Care Administration 45, Family Support and Early Years Administration 28, "
    "Finance and Systems Administration 24, Records and Reception 21), each with a team "
    "manager and senior administrative officers; %d posts are part-time (0.5 or 0.6 FTE) "
    "and %d are vacant, since the report says natural turnover has brought the service "
    "close to the 112 posts of the new Business Support Service." % (
        n_admin_part_time, n_admin_vacant),
    "The team split of the administrative service and its job titles are invented; the "
    "report says the current job family has 17 roles but does not name them.",
    "Manager posts not named in the report are invented so that every team has a "
    "line manager: the Operations Manager, the Head of Family Support, the FISS Manager "
    "and the Administrative Service Manager and team managers.",
    "The Strategy Team has no manager post of its own; its Strategic Leads report to the "
    "School Improvement and Interventions Manager.",
    "The School Effectiveness Officers are split 6 per area between North, Central and "
    "South under the area's Senior School Effectiveness Officer; the six SEOs who have "
    "secured other employment are still in post at this date (filled).",
    "The report mentions five SRF areas without naming them, so only the places the "
    "report names are used: the areas North, Central and South, and Central district.",
]


# ---- The proposal: Phase 1 as the report recommends it ----
#
# Dates: the report says the Education Services changes are made by the end
# of March 2011 (5.5, 5.8, 8.2), the other Extended Schools posts go in
# February 2011 (5.9), recruitment to Families First is in the first week of
# February and to Business Support in February and March (8.2). The day
# within the month is an assumption (listed below).

changes = []
PHASE = "Phase 1"


def change(kind, date, label, **members):
    c = {"kind": kind, "date": date}
    c.update(members)
    c["label"] = label
    c["phase"] = PHASE
    changes.append(c)


def new_post(ref, unit_ref, title, grade, salary, reports_to=None, fte="1",
             tenure="permanent", job_family=None):
    fte = Decimal(fte)
    p = {"ref": ref, "unit": unit_ref, "title": title, "grade": grade,
         "fte": fte_text(fte),
         "salary": money((Decimal(salary) * fte).quantize(Decimal("0.01"))),
         "on_cost_rate": ON_COST_RATE, "status": "vacant", "tenure": tenure}
    if reports_to is not None:
        p["reports_to"] = reports_to
    if job_family is not None:
        p["job_family"] = job_family
    return p


def template(unit_ref, title, grade, salary, job_family):
    return {"unit": unit_ref, "title": title, "grade": grade,
            "salary": money(salary), "on_cost_rate": ON_COST_RATE,
            "status": "vacant", "job_family": job_family}


EDU = "Education Services realignment"
EDU_LATER = "Education Services senior posts (to March 2012)"
STRATEGY = "Strategy Team natural reduction (12 to 6)"
# The report costs family support and business support together (1.8m).
FAMILY = "Family support and business support redesign"
BUSINESS = FAMILY

# Education Services (5.5 to 5.13): two new posts at 65,000 ...
change("establish-post", "2011-03-01", EDU,
       post=new_post("ES-QAM", "ES", "Quality Assurance Manager (Head of School Improvement)",
                     "SMG2", 65000, reports_to="CS-DD", job_family="Education"))
change("establish-post", "2011-03-01", EDU,
       post=new_post("ES-SSM", "ES-STR", "Senior Strategy Manager", "SMG2", 65000,
                     reports_to="CS-DD", job_family="Education"))
# ... who take over the lines of the School Improvement and Interventions
# Manager, the Senior SEOs refocused on the school improvement officers (5.6)
# and the Strategy Team led by the Senior Strategy Manager (5.13).
for ref in ["ES-SSEO-01", "ES-SSEO-02", "ES-SSEO-03", "ES-OPS-MGR"]:
    change("set-reports-to", "2011-03-01", EDU, post=ref, reports_to="ES-QAM")
for i in range(1, 13):
    change("set-reports-to", "2011-03-01", EDU, post="ES-SL-%02d" % i, reports_to="ES-SSM")
# The 18 School Effectiveness Officers go before the end of March 2011 (5.5).
for i in range(1, 19):
    change("disestablish-post", "2011-03-31", EDU, post="ES-SEO-%02d" % i)
# The 36 Learning Strategy Officers, one bulk change (5.8).
change("disestablish-unit-posts", "2011-03-31", EDU, unit="ES-OPS",
       title="Learning Strategy Officer")
# Extended Schools: the advisers in February, the manager's secondment ends
# in March, and the team closes (5.9).
change("disestablish-unit-posts", "2011-02-28", EDU, unit="ES-EXT",
       title="Extended Schools Adviser")
change("disestablish-post", "2011-03-31", EDU, post="ES-EXT-MGR")
change("close-unit", "2011-03-31", EDU, unit="ES-EXT")
# The School Improvement and Interventions Manager: from March 2012, earlier
# only if vacant (5.7).
change("disestablish-post", "2012-03-01", EDU_LATER, post="ES-SIIM",
       condition="if-vacant",
       condition_text="disestablished from March 2012, and only disestablished prior "
                      "to this date if the post becomes vacant (5.7)")
# The Strategy Team: 12 to 6 through natural reduction over two years (5.10).
for i, date in zip(range(12, 6, -1), ["2011-09-30"] * 3 + ["2012-09-30"] * 3):
    change("disestablish-post", date, STRATEGY, post="ES-SL-%02d" % i,
           condition="if-vacant",
           condition_text="through natural reduction, the number of posts in this team "
                          "will reduce from 12 to 6 over the next 2 years (5.10)")

# Family support (6.4 to 6.7): FISS, 38 FTE, goes; 18.5 FTE of Families First
# are established, funded from the mainstream budget.
change("create-unit", "2011-02-01", FAMILY,
       unit={"ref": "FS-FFS", "name": "Families First Service", "kind": "service",
             "parent": "FS"})
change("establish-post", "2011-02-07", FAMILY,
       post=new_post("FS-FFS-MGR", "FS-FFS", "Families First Manager (city-wide)", "Grade 10",
                     38000, reports_to="FS-HEAD", tenure="fixed-term",
                     job_family="Family Support"))
change("establish-posts", "2011-02-07", FAMILY, prefix="FS-FFS-SW", total_fte="2",
       post=template("FS-FFS", "Senior Families First Worker", "Grade 8", 30000,
                     "Family Support"))
change("establish-posts", "2011-02-07", FAMILY, prefix="FS-FFS-W", total_fte="15.5",
       post=template("FS-FFS", "Families First Worker", "Grade 6", 25000, "Family Support"))
change("disestablish-unit-posts", "2011-03-31", FAMILY, unit="FS-FF")
change("disestablish-unit-posts", "2011-03-31", FAMILY, unit="FS-FISS")
change("close-unit", "2011-03-31", FAMILY, unit="FS-FF")
change("close-unit", "2011-03-31", FAMILY, unit="FS-FISS")

# Business support (7.3 to 7.5): the 174 posts of the administrative service
# go and 112 posts of a Business Support Service are established, located
# and managed within the five SRF areas (unnamed in the report).
change("create-unit", "2011-02-01", BUSINESS,
       unit={"ref": "BS", "name": "Business Support Service", "kind": "service",
             "parent": "CS"})
change("establish-post", "2011-02-14", BUSINESS,
       post=new_post("BS-MGR", "BS", "Business Support Manager", "Grade 10", 40000,
                     reports_to="CS-DD", job_family="Business Support"))
change("establish-post", "2011-02-14", BUSINESS,
       post=new_post("BS-FIN", "BS", "Finance Support Officer", "Grade 5", 19500,
                     reports_to="BS-MGR", job_family="Business Support"))
for area in range(1, 6):
    team = "BS-A%d" % area
    change("create-unit", "2011-02-01", BUSINESS,
           unit={"ref": team, "name": "Business Support, SRF area %d" % area, "kind": "team",
                 "parent": "BS", "place_kind": "area", "place": "SRF area %d" % area})
    leader = team + "-TL"
    change("establish-post", "2011-02-14", BUSINESS,
           post=new_post(leader, team, "Business Support Team Leader", "Grade 7", 27000,
                         reports_to="BS-MGR", job_family="Business Support"))
    roles = ([("SBSO", "Senior Business Support Officer", "Grade 5", 21500, "1")] * 2 +
             [("BSO", "Business Support Officer", "Grade 4", 19500, "1")] * 5 +
             [("BSO", "Business Support Officer", "Grade 4", 19500, "0.5")] * 3 +
             [("BSA", "Business Support Assistant", "Grade 3", 18250, "1")] * 5 +
             [("BSA", "Business Support Assistant", "Grade 3", 18250, "0.5")] * 6)
    for n, (code, title, grade, salary, fte) in enumerate(roles, start=1):
        change("establish-post", "2011-03-14", BUSINESS,
               post=new_post("%s-%02d" % (team, n), team, title, grade, salary,
                             reports_to=leader, fte=fte, job_family="Business Support"))
admin_units = [u["ref"] for u in units if u["ref"] in subtree("AS")]
for ref in reversed(admin_units):   # teams first, then the service
    change("disestablish-unit-posts", "2011-03-31", BUSINESS, unit=ref)
for ref in reversed(admin_units):
    change("close-unit", "2011-03-31", BUSINESS, unit=ref)

n_business_support = len([c for c in changes
                          if c["kind"] == "establish-post" and c["post"]["unit"].startswith("BS")])
assert n_business_support == 112, n_business_support

PROPOSAL_ASSUMPTIONS = [
    "Effective dates within the months the report gives: new Education Services posts "
    "1 March 2011, Education Services posts going 31 March 2011 (Extended Schools "
    "advisers 28 February), Families First recruited from 7 February 2011, Business "
    "Support from 14 February (managers) and 14 March (staff), FISS and the "
    "administrative service gone 31 March 2011; the School Improvement and "
    "Interventions Manager from 1 March 2012; the Strategy Team's natural reduction "
    "three posts on 30 September 2011 and three on 30 September 2012.",
    "Families First: a city-wide manager (fixed term: reviewed after six months), 2 "
    "senior workers and 15.5 FTE of workers (15 full-time posts and one half-time) = "
    "18.5 FTE, all mainstream funded (6.7).",
    "Business Support: a manager and a finance support officer, and in each of the five "
    "SRF areas a team leader, 2 senior officers, 8 officers (3 half-time) and 11 "
    "assistants (6 half-time): 112 posts in 7 roles (7.3). The areas are named 'SRF "
    "area 1' to 'SRF area 5' because the report does not name them.",
    "New posts are established vacant: recruitment is to follow (8.2).",
]

plan = {
    "format": "reorg-plan",
    "version": 1,
    "organisation": "Manchester City Council",
    "financial_year_start": 4,
    "date": "2010-12-22",
    "metadata": {
        "title": "Children's Services establishment before the Target Operating Model "
                 "Phase 1 restructure",
        "source": "Manchester City Council, report for resolution to the Personnel "
                  "Committee, 22 December 2010: Children's Services Target Operating "
                  "Model - Phase 1 Implementation (report of the Director of Children's "
                  "Services)",
        "generator": "examples/data/make-manchester-2010.py",
        "from_report": "\n".join(FROM_REPORT),
        "assumptions": "\n".join(ASSUMPTIONS),
        "fiss": "36 full-time and 4 half-time posts = 38 FTE",
        "administrative_service": "174 posts, %d part-time, %d vacant" % (
            n_admin_part_time, n_admin_vacant),
        "on_cost_rate": "2000 basis points (20%) of salary",
        "proposal_assumptions": "\n".join(PROPOSAL_ASSUMPTIONS),
        "savings_target": "25000000.00",
        "savings_target_note": "The medium term financial plan for Children's Services "
                               "identifies 25m of savings over 2010/11 to 2012/13; "
                               "Phase 1 achieves 4.8m towards it: 3m from Education "
                               "Services and 1.8m from family support and business "
                               "support.",
    },
    "structure": {
        "date": "2010-12-22",
        "units": units,
        "posts": posts,
    },
    "proposals": [
        {
            "name": "Phase 1",
            "description": "Children's Services Target Operating Model - Phase 1 "
                           "Implementation, as recommended to the Personnel Committee "
                           "on 22 December 2010",
            "changes": changes,
        },
    ],
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "manchester-2010.json")
    text = json.dumps(plan, indent=2, ensure_ascii=False) + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
