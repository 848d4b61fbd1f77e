# target: ch01_timeline
# kind: alternative
# why: sorts plain tuples, builds columns with explicit dtypes, counts decades with a dict
from collections import Counter
# %% cell
def build_timeline(records):
    rows = sorted(((int(year), name, who, kind) for year, name, who, kind in records),
                  key=lambda row: (row[0], row[1]))
    years = [row[0] for row in rows]
    print(f"building a timeline of {len(rows)} milestones")
    return pd.DataFrame({
        "year": pd.Series(years, dtype="int64"),
        "milestone": pd.Series([row[1] for row in rows], dtype="str"),
        "people": pd.Series([row[2] for row in rows], dtype="string"),
        "kind": pd.Categorical([row[3] for row in rows]),
        "gap": pd.Series([0] + [b - a for a, b in zip(years, years[1:])], dtype="int64"),
    })


def decade_counts(timeline):
    tally = Counter(int(y) // 10 * 10 for y in timeline["year"])
    decades = list(range(min(tally), max(tally) + 1, 10))
    return pd.Series([tally.get(d, 0) for d in decades], index=pd.Index(decades, name="decade"),
                     name="milestones", dtype="int64")
