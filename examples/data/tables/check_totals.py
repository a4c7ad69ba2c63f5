#!/usr/bin/python3
"""Check the published tables in this folder against their own lines and each other.

Standard library only. Reads the .tsv files exactly as the reports print them, works in
integers (units of the table's scale, e.g. £,000, or whole FTE, or children) and prints one
line per inconsistency:

    report/table.tsv  seed-line  row  column  published=  computed=  difference=  lines=  rounding

`lines` is the number of rounded figures that enter the computed value; a difference of at
most half a unit per such figure (lines / 2) is "within rounding", anything more is
"BEYOND rounding".  With --all it also prints every check that holds.  Exit status: 0 when
every check holds, 1 when there are findings.  FINDINGS.md is this output, explained.

    /usr/bin/python3 examples/data/tables/check_totals.py [--all]
"""

import os
import re
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
# 1180, 1,180, -312, (3,215); nothing else is a number ('£,000', '2015/16', '')
DIGITS = r"(\d{1,3}(?:,\d{3})+|\d+)"
NUMBER = re.compile(r"^(?:\(%s\)|(-?)%s)$" % (DIGITS, DIGITS))


def number(cell):
    """'1,180' -> 1180, '(3,215)' -> -3215, '-312' -> -312, '' -> None, text -> None."""
    s = cell.strip()
    m = NUMBER.match(s)
    if not m:
        return None
    if m.group(1) is not None:                      # (3,215)
        return -int(m.group(1).replace(",", ""))
    value = int(m.group(3).replace(",", ""))
    return -value if m.group(2) else value


class Table:
    """A .tsv file that is the verbatim slice of a seed starting at `first_line`."""

    def __init__(self, report, name, first_line):
        self.report, self.name, self.first_line = report, name, first_line
        path = os.path.join(HERE, report, name)
        with open(path, encoding="utf-8") as f:
            self.rows = [line.rstrip("\n").split("\t") for line in f]

    def row(self, seed_line):
        return self.rows[seed_line - self.first_line]

    def label(self, seed_line):
        return self.row(seed_line)[0]

    def cell(self, seed_line, col):
        """Value of a cell; blank counts as 0 (the reports leave zero cells blank)."""
        v = number(self.row(seed_line)[col])
        if v is None:
            text = self.row(seed_line)[col].strip()
            if text:
                raise ValueError(f"{self.name}:{seed_line}:{col}: not a number: {text!r}")
            return 0
        return v

    def id(self):
        return f"{self.report}/{self.name}"


results = []  # (ok, table-id, seed line, row label, column, published, computed, n lines, note)


def record(table, line, column, published, computed, n, note=""):
    results.append((published == computed, table.id(), line, table.label(line), column,
                    published, computed, n, note))


def check_sum(table, total_line, lines, cols, colnames, note=""):
    """Published total at total_line against the sum of `lines`, column by column."""
    for c in cols:
        computed = sum(table.cell(l, c) for l in lines)
        record(table, total_line, colnames[c], table.cell(total_line, c), computed,
               len(lines), note)


def check_rowsum(table, line, parts, total_col, colnames):
    computed = sum(table.cell(line, c) for c in parts)
    record(table, line, colnames[total_col], table.cell(line, total_col), computed, len(parts),
           "row total = " + " + ".join(colnames[c] for c in parts))


def check_equal(a, aline, acol, b, bline, bcol, colname, n=1, note="", sign=1):
    """A published figure in table b against a published or computed figure from table a."""
    record(b, bline, colname, b.cell(bline, bcol), sign * a.cell(aline, acol), n, note)


# ------------------------------------------------------------------------------------------
# Harrow, Overview and Scrutiny, 5 July 2011 (seed 002, lines 113-119).  Savings negative.
hw = Table("harrow-2011", "savings.tsv", 113)
HW = {1: "2011/12", 2: "2012/13", 3: "2013/14", 4: "Total"}
for l in range(115, 120):                       # four savings lines and the total
    check_rowsum(hw, l, [1, 2, 3], 4, HW)
check_sum(hw, 119, range(115, 119), [1, 2, 3, 4], HW)

# ------------------------------------------------------------------------------------------
# Manchester, Children and Families Business Plan 2015/16-2016/17 (seed 001).
R = "manchester-2015"
ss = Table(R, "savings-schedule.tsv", 646)      # lines 646-757, savings positive
SS = {1: "2015/16", 2: "2016/17", 3: "Total"}
ALL = [1, 2, 3]
# every savings line, subtotal and total: 2015/16 + 2016/17 = Total
for l in range(651, 758):
    r = ss.row(l)
    if len(r) == 4 and any(number(x) is not None for x in r[1:]):   # not headings, headers
        check_rowsum(ss, l, [1, 2], 3, SS)
# structure: (published line, component lines)
SCHEDULE = [
    (655, [651, 652, 653, 654]),                       # Sub Total Savings (LAC)
    (657, [655, 656]),                                 # Subtotal LAC after the adjustment
    (666, [659, 660, 661, 662, 663, 664, 665]),        # Subtotal other LAC and CD
    (667, [657, 666]),                                 # TOTAL LAC AND COMPLEX DEPENDENCY
    (675, [672, 673, 674]),                            # TOTAL EARLY YEARS
    (684, list(range(677, 684))),                      # TOTAL LLLB
    (698, list(range(689, 698))),                      # LEARNING DISABILITY SERVICES (total)
    (704, [701, 702, 703]),                            # Sub-total Homelessness
    (712, [709, 710, 711]),                            # Sub-total Adult Care not in LLLB
    (718, [714, 715, 716, 717]),                       # Subtotal Vol & Community
    (734, list(range(723, 734))),                      # Subtotal other services commissioned
    (735, [704, 712, 718, 734]),                       # TOTAL OTHER ADULT SOCIAL CARE
    (753, list(range(740, 753))),                      # TOTAL EDUCATION & SKILLS
    (756, [755]),                                      # TOTAL CORE/BACK OFFICE
    (757, [667, 675, 684, 698, 735, 753, 756]),        # Total C&F proposals
]
for total, parts in SCHEDULE:
    check_sum(ss, total, parts, ALL, SS)
# the grand total from the savings lines themselves (every line, the adjustment included)
SAVINGS_LINES = ([651, 652, 653, 654, 656] + list(range(659, 666)) + [672, 673, 674]
                 + list(range(677, 684)) + list(range(689, 698)) + [701, 702, 703]
                 + [709, 710, 711] + [714, 715, 716, 717] + list(range(723, 734))
                 + list(range(740, 753)) + [755])
check_sum(ss, 757, SAVINGS_LINES, ALL, SS, "grand total from the savings lines")

bs = Table(R, "budget-by-service.tsv", 759)      # lines 759-771
BS = {1: "2014/15 Gross", 2: "2014/15 Net", 3: "2014/15 FTE",
      4: "2015/16 Gross", 5: "2015/16 Net", 6: "2015/16 FTE",
      7: "2016/17 Gross", 8: "2016/17 Net", 9: "2016/17 FTE"}
SERVICES = range(761, 771)                      # 10 service activities, total at 771
check_sum(bs, 771, SERVICES, range(1, 10), BS)

b1 = Table(R, "budget-by-service-2015-16.tsv", 261)   # lines 261-273
B1 = {1: "2015/16 Gross", 2: "2015/16 Net", 3: "2015/16 FTE"}
check_sum(b1, 273, range(263, 273), [1, 2, 3], B1)
for i, l in enumerate(range(263, 274)):
    for c in (1, 2, 3):
        check_equal(bs, 761 + i, c + 3, b1, l, c, B1[c],
                    note="= budget-by-service.tsv line %d" % (761 + i))

rc = Table(R, "reconciliation.tsv", 775)          # lines 775-787, savings in brackets
RC = {1: "Net 2014/15", 2: "Growth 2015/16", 3: "Savings 2015/16", 4: "Net 2015/16",
      5: "Growth 2016/17", 6: "Savings 2016/17", 7: "Net 2016/17"}
check_sum(rc, 787, range(777, 787), range(1, 8), RC)
for l in range(777, 788):
    # net(n+1) = net(n) + growth - savings; savings are printed as (negatives), so add
    for net0, g, s, net1 in ((1, 2, 3, 4), (4, 5, 6, 7)):
        computed = rc.cell(l, net0) + rc.cell(l, g) + rc.cell(l, s)
        record(rc, l, RC[net1], rc.cell(l, net1), computed, 3,
               "net(n) + growth - savings")
for i, l in enumerate(range(777, 788)):
    for rcol, bcol in ((1, 2), (4, 5), (7, 8)):
        check_equal(bs, 761 + i, bcol, rc, l, rcol, RC[rcol],
                    note="= budget-by-service.tsv line %d %s" % (761 + i, BS[bcol]))

# savings per service: schedule (positive) against the reconciliation (in brackets)
SCHEDULE_FOR_SERVICE = [            # reconciliation line -> schedule line
    (777, 667),   # LAC and Complex Dependency     <- TOTAL LAC AND COMPLEX DEPENDENCY
    (778, 675),   # Early Years and Children's Health <- TOTAL EARLY YEARS & CHILDREN'S HEALTH
    (779, 684),   # LLLb                           <- TOTAL LIVING LONGER LIVING BETTER
    (780, 698),   # Learning Disability Services   <- LEARNING DISABILITY SERVICES (total)
    (781, 704),   # Homelessness, Refugee, Asylum  <- Sub-total Homelessness, Refugee and Asylum
    (782, 712),   # Care Services not in LLLb      <- Sub-total Adult Care Services not inc in LLLB
    (783, 718),   # Voluntary and community sector <- Subtotal Vol & Community Sector Services
    (784, 734),   # Other services commissioned    <- Subtotal other services commissioned for C&F
    (785, 753),   # Education and Skills           <- TOTAL EDUCATION & SKILLS
    (786, 756),   # Core and Back Office           <- TOTAL CORE/BACK OFFICE
    (787, 757),   # Total                          <- Total C&F proposals
]
PARTS = dict(SCHEDULE)


def leaves(line):
    """Number of savings lines under a schedule subtotal or total."""
    return sum(leaves(p) for p in PARTS[line]) if line in PARTS else 1


for rline, sline in SCHEDULE_FOR_SERVICE:
    for scol, rcol in ((1, 3), (2, 6)):
        # rounded figures: the schedule's savings lines and the reconciliation's one figure
        check_equal(ss, sline, scol, rc, rline, rcol, RC[rcol], sign=-1, n=leaves(sline) + 1,
                    note="= -(savings-schedule.tsv line %d %s)" % (sline, SS[scol]))

ob = Table(R, "objective-summary.tsv", 793)       # lines 793-805
OB = {1: "2014-2015", 2: "2015-2016", 3: "2016-2017"}
check_sum(ob, 805, range(795, 805), [1, 2, 3], OB)
for i, l in enumerate(range(795, 806)):
    for c, bcol in ((1, 2), (2, 5), (3, 8)):
        check_equal(bs, 761 + i, bcol, ob, l, c, OB[c],
                    note="= budget-by-service.tsv line %d %s" % (761 + i, BS[bcol]))

sj = Table(R, "subjective-summary.tsv", 809)      # lines 809-825
SJ = {1: "2014-2015", 2: "2015-2016", 3: "2016-2017"}
check_sum(sj, 815, [811, 812, 813, 814], [1, 2, 3], SJ)      # Total Subjective Expenditure
for c in (1, 2, 3):
    computed = sj.cell(815, c) - sj.cell(817, c)                  # less other internal sales
    record(sj, 818, SJ[c], sj.cell(818, c), computed, 2, "total expenditure less 817")
check_sum(sj, 825, [818, 820, 821, 822, 823, 824], [1, 2, 3], SJ,
          "gross expenditure + income (income in brackets)")
for c, bcol in ((1, 1), (2, 4), (3, 7)):
    check_equal(bs, 771, bcol, sj, 818, c, SJ[c], note="= budget-by-service.tsv total gross")
for c, bcol in ((1, 2), (2, 5), (3, 8)):
    check_equal(bs, 771, bcol, sj, 825, c, SJ[c], note="= budget-by-service.tsv total net")

wf = Table(R, "workforce-reductions.tsv", 611)    # lines 611-622
WF = {1: "2015/16 FTE reduction", 2: "2016/17 FTE reduction", 3: "Total"}
for l in range(612, 623):
    check_rowsum(wf, l, [1, 2], 3, WF)
check_sum(wf, 622, range(612, 622), [1, 2, 3], WF)
# reductions against the change in budgeted FTE (budget-by-service.tsv)
for i, l in enumerate(range(612, 623)):
    b = 761 + i
    for c, before, after in ((1, 3, 6), (2, 6, 9)):
        computed = bs.cell(b, before) - bs.cell(b, after)
        record(wf, l, WF[c], wf.cell(l, c), computed, 2,
               "= budget-by-service.tsv line %d %s - %s" % (b, BS[before], BS[after]))
    computed = bs.cell(b, 3) - bs.cell(b, 9)
    record(wf, l, WF[3], wf.cell(l, 3), computed, 2,
           "= budget-by-service.tsv line %d %s - %s" % (b, BS[3], BS[9]))

# ------------------------------------------------------------------------------------------
# Birmingham, A New Model of Service, March 2011 (seed 003).
bb = Table("birmingham-2011", "budget-fte-by-service.tsv", 533)   # lines 533-539
BB = {1: "2010/11 budget", 2: "current FTE", 3: "2011/12 budget", 4: "proposed FTE"}
check_sum(bb, 539, range(534, 539), [1, 2, 3, 4], BB)

nd = Table("birmingham-2011", "need-by-area.tsv", 123)            # lines 123-128
ND = {1: "Universal Level 1", 2: "Vulnerable Level 2", 3: "In Need Level 3",
      4: "High Need Level 4"}
check_sum(nd, 128, range(124, 128), [1, 2, 3, 4], ND)


# ------------------------------------------------------------------------------------------
def main():
    show_all = "--all" in sys.argv[1:]
    findings = 0
    for ok, tid, line, label, column, published, computed, n, note in results:
        if ok and not show_all:
            continue
        diff = published - computed
        if ok:
            verdict = "ok"
        else:
            findings += 1
            verdict = ("within rounding" if abs(diff) <= Fraction(n, 2)
                       else "BEYOND rounding")
        label = label if len(label) <= 60 else label[:57] + "..."
        print(f"{tid}\t{line}\t{label}\t{column}\tpublished={published}\t"
              f"computed={computed}\tdifference={diff:+d}\tlines={n}\t{verdict}"
              + (f"\t({note})" if note else ""))
    print(f"{len(results)} checks, {findings} findings", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
