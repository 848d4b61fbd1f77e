# target: ch01_timeline
# kind: mutant
# why: value_counts alone drops the decades with no milestones (the 1970s winter disappears)
def build_timeline(records):
    table = pd.DataFrame(list(records), columns=["year", "milestone", "people", "kind"])
    table["year"] = table["year"].astype("int64")
    table["milestone"] = table["milestone"].astype("string")
    table["people"] = table["people"].astype("string")
    table["kind"] = table["kind"].astype("category")
    table = table.sort_values(["year", "milestone"]).reset_index(drop=True)
    table["gap"] = table["year"].diff().fillna(0).astype("int64")
    return table


def decade_counts(timeline):
    counts = ((timeline["year"] // 10) * 10).value_counts().sort_index().astype("int64")
    counts.index.name = "decade"
    counts.name = "milestones"
    return counts
