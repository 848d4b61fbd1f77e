"""The sandbox's mounts, tested by running commands inside it."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from autograde import sandbox

pytestmark = pytest.mark.skipif(
    shutil.which("bwrap") is None, reason="bubblewrap (`bwrap`) is not installed"
)


def _run_inside(command: list[str], tmp: Path, **options) -> subprocess.CompletedProcess[str]:
    scratch, sockets = tmp / "scratch", tmp / "sockets"
    scratch.mkdir(exist_ok=True)
    sockets.mkdir(exist_ok=True)
    argv = sandbox.sandbox_argv(command, scratch=scratch, cwd=scratch, sockets=sockets, **options)
    return subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def library(monkeypatch):
    """A read-only path of the sandbox that lives under /tmp, as a clone's venv can."""
    with tempfile.TemporaryDirectory(dir="/tmp") as where:
        path = Path(where) / "venv"
        path.mkdir()
        monkeypatch.setattr(sandbox, "read_only_paths", lambda: [str(path)])
        yield path


def test_read_only_paths_under_tmp_stay_visible(library):
    # A clone (and its .venv) under /tmp must not vanish under the sandbox's private /tmp.
    tmp = library.parent
    (library / "marker.txt").write_text("visible\n")
    done = _run_inside(["/bin/sh", "-c", f"cat {library}/marker.txt; ls /tmp"], tmp)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split()
    assert lines[0] == "visible"
    # The rest of the host's /tmp stays hidden: only the path to the bind shows.
    assert set(lines[1:]) <= {tmp.name}


def test_read_only_paths_cannot_be_written(library):
    done = _run_inside(["/bin/sh", "-c", f"echo x > {library}/new.txt"], library.parent)
    assert done.returncode != 0
    assert not (library / "new.txt").exists()


def test_gpu_device_paths_are_the_nvidia_nodes(tmp_path):
    for name in ("nvidia0", "nvidia1", "nvidiactl", "nvidia-uvm", "null", "dri"):
        (tmp_path / name).touch()
    (tmp_path / "nvidia-caps").mkdir()
    names = [p.name for p in sandbox.gpu_device_paths(tmp_path)]
    assert names == ["nvidia-caps", "nvidia-uvm", "nvidia0", "nvidia1", "nvidiactl"]


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node needs root")
def test_gpu_device_nodes_are_usable_inside_and_nothing_else_of_dev_is(tmp_path):
    """A kernel reaches the GPU through its device nodes: each must appear at /dev/<name>
    and open for writing (a plain bind would mount it `nodev`). Stand-in: a node with
    /dev/null's numbers."""
    host_dev = tmp_path / "dev"
    host_dev.mkdir()
    node = host_dev / "nvidia0"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    probe = ["/bin/sh", "-c", "echo ok > /dev/nvidia0 && test -c /dev/nvidia0 && ls /dev"]
    done = _run_inside(probe, tmp_path, gpu_devices=[node])
    assert done.returncode == 0, done.stderr
    assert "nvidia0" in done.stdout.split()
    done = _run_inside(probe, tmp_path, gpu_devices=[])
    assert done.returncode != 0


def test_gpu_nodes_come_with_pci_info_and_not_under_the_address_space_cap(tmp_path):
    """Under the RLIMIT_AS fallback (no cgroup) CUDA cannot start, so the kernel gets no
    GPU; with a GPU it can read the PCI folders where TensorFlow finds NUMA nodes."""
    node = tmp_path / "nvidia0"
    kwargs = {"scratch": tmp_path, "cwd": tmp_path, "sockets": tmp_path, "gpu_devices": [node]}
    argv = sandbox.sandbox_argv(["true"], **kwargs)
    assert ["--dev-bind", str(node), "/dev/nvidia0"] == argv[argv.index("--dev-bind") :][:3]
    assert "/sys/devices" in argv and "/sys/bus/pci" in argv
    capped = sandbox.sandbox_argv(["true"], memory_mb=4096, **kwargs)
    assert "--dev-bind" not in capped and "/sys/devices" not in capped
    assert capped[capped.index("CUDA_VISIBLE_DEVICES") + 1] == ""
    none = sandbox.sandbox_argv(["true"], **{**kwargs, "gpu_devices": []})
    assert "/sys/devices" not in none


def test_library_paths_pass_in_without_entries_that_mean_the_students_folder(monkeypatch):
    monkeypatch.setenv("LD_LIBRARY_PATH", ":/usr/local/nvidia/lib64::lib:./x:/opt/cuda/lib")
    argv = sandbox.sandbox_argv(["true"], scratch=Path("/s"), cwd=Path("/s"), sockets=Path("/k"))
    value = argv[argv.index("LD_LIBRARY_PATH") + 1]
    assert value == "/usr/local/nvidia/lib64:/opt/cuda/lib"


def test_native_libraries_of_a_submission_folder_are_not_copied(tmp_path):
    for name in ("data.npz", "libm.so.6", "evil.so", "helper.py", "notes.txt"):
        (tmp_path / "in" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text("x")
    sandbox.copy_submission_folder(tmp_path / "in", tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["data.npz", "notes.txt"]


def test_a_cgroup_v2_caps_memory_with_no_swap_and_processes(tmp_path, monkeypatch):
    """On a machine with swap, a notebook at its memory cap would go on in swap (slowly,
    slowing every other kernel) before the kernel kills it: the cgroup allows none."""
    monkeypatch.setattr(sandbox, "CGROUP_ROOT", tmp_path)  # a v2 hierarchy, no v1 one
    (tmp_path / "cgroup.controllers").write_text("memory pids\n")
    limits = sandbox.CgroupLimits("alice", memory_mb=64, max_processes=32)
    folder = tmp_path / "nna-alice"
    assert limits.kind == "cgroup v2" and limits.dirs == {"v2": folder}
    assert (folder / "memory.max").read_text() == str(64 * 1024 * 1024)
    assert (folder / "memory.swap.max").read_text() == "0"
    assert (folder / "pids.max").read_text() == "32"
