import json

import pytest

from autograde.cli import main


@pytest.mark.slow
def test_quick_bench_writes_table_and_json(tmp_path, capsys):
    out = tmp_path / "bench"
    assert main(["bench", "--quick", "--chapters", "ch01_history", "--out", str(out)]) == 0
    result = json.loads((out / "bench.json").read_text())
    assert result["quick"] is True and result["machine"]["cores"] >= 1
    for timings in result["chapters"].values():
        assert set(timings) == {
            "kernel_start_s",
            "setup_and_tf_import_s",
            "notebook_work_s",
            "total_s",
            "peak_memory_mb",
        }
        assert timings["peak_memory_mb"]["median"] > 50
    names = list(result["throughput"])
    assert names[0] == "plain nbgrader, serial, no sandbox"
    assert sum("Dask" in n for n in names) == 2
    for t in result["throughput"].values():
        assert t["min_s"] <= t["median_s"] <= t["max_s"] and t["per_minute"] > 0
    assert set(result["ratios"]) >= {"parallel_vs_serial_nbgrader", "sandbox_overhead"}
    table = (out / "bench.md").read_text()
    assert (
        "| chapter |" in table
        and "notebooks per minute" in table
        and result["machine"]["cpu"] in table
    )
