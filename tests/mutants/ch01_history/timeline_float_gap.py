# target: ch01_timeline
# kind: mutant
# why: leaves the gap column as float with NaN in the first row
def build_timeline(records):
    table = pd.DataFrame(list(records), columns=["year", "milestone", "people", "kind"])
    table["year"] = table["year"].astype("int64")
    table["milestone"] = table["milestone"].astype("string")
    table["people"] = table["people"].astype("string")
    table["kind"] = table["kind"].astype("category")
    table = table.sort_values(["year", "milestone"]).reset_index(drop=True)
    table["gap"] = table["year"].diff()
    return table


def decade_counts(timeline):
    decades = (timeline["year"] // 10) * 10
    every = pd.Index(range(int(decades.min()), int(decades.max()) + 10, 10), name="decade")
    counts = decades.value_counts().reindex(every, fill_value=0).astype("int64")
    counts.name = "milestones"
    return counts
