"""Run grading kernels inside bubblewrap (`bwrap`).

nbgrader stays outside the sandbox: it reads the gradebook (which holds the hidden
tests) and writes the scores. Only the kernel, where student code runs, is
sandboxed. nbgrader starts it through `SandboxedKernelManager`, selected with
`--Execute.kernel_manager_class=autograde.sandbox.SandboxedKernelManager`.

Inside the sandbox the kernel
- has no network (its own network namespace, which has no interfaces up);
- sees read-only: the system's /usr, the Python installation, the virtual
  environment and the `nna_tf` package, plus a few files of /etc; nothing else of
  the host (no course root, no source/, no gradebook, no home directory);
- can write only its scratch folder (a copy of the submission's folder, mounted
  where nbgrader expects the notebook's folder) and a private /tmp;
- runs in its own PID namespace, with all capabilities dropped;
- sees the host's NVIDIA device nodes (`/dev/nvidia*`) and no other device of the
  host, so TensorFlow in the kernel uses the GPU when the host has one
  (`CUDA_VISIBLE_DEVICES=` in the grader's environment keeps kernels off it);
- is capped in memory and in process count by a cgroup when the host lets us
  create one (cgroup v1 `memory`/`pids` or v2), else memory by RLIMIT_AS and
  processes by a watchdog that kills the sandbox when it holds too many.

Kernel and nbgrader talk over Unix sockets (`ipc` transport) in a folder bound
into the sandbox, since TCP on loopback does not cross network namespaces.

Limits come from the environment of the nbgrader process: `NNA_SANDBOX_MEMORY_MB`
(default 4096), `NNA_SANDBOX_MAX_PROCESSES` (default 64). `NNA_SANDBOX_REPORT`
names a JSON file where the manager records what happened (limits used, whether
memory ran out or the process cap was hit).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import sys
import tempfile
import threading
import uuid
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager

from autograde import kernel_guard

MEMORY_ENV = "NNA_SANDBOX_MEMORY_MB"
PROCESSES_ENV = "NNA_SANDBOX_MAX_PROCESSES"
REPORT_ENV = "NNA_SANDBOX_REPORT"
GPU_MEMORY_ENV = "NNA_GPU_MEMORY_MB"  # each kernel's GPU memory cap, read by nna_tf.setup
DEFAULT_MEMORY_MB = 4096
DEFAULT_MAX_PROCESSES = 64
ETC_FILES = (
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/localtime",
    "/etc/passwd",
    "/etc/group",
    "/etc/nsswitch.conf",
    "/etc/fonts",
    "/etc/ssl/certs",
)
# Variables passed into the sandbox; everything else of the grader's environment stays out.
PASSED_ENV = (
    "TF_CPP_MIN_LOG_LEVEL",
    "KERAS_BACKEND",
    "PYTHONHASHSEED",
    "NNA_CPU_THREADS",
    GPU_MEMORY_ENV,
    "OMP_NUM_THREADS",
    "CUDA_VISIBLE_DEVICES",
    # Where a container puts the NVIDIA driver's libraries (libcuda) outside ld.so.cache.
    "LD_LIBRARY_PATH",
    "LANG",
    kernel_guard.TRUSTED_NAMES_ENV,
    kernel_guard.TRUSTED_CELLS_ENV,
    kernel_guard.COURSE_NAMES_ENV,
)
# Files of the submission's folder that never reach the kernel: nothing the
# student hands in may be imported in place of a module the tests use.
NOT_COPIED = ("*.ipynb", "*.py", "*.pyc", "*.pth", "*.so", "*.so.*", "__pycache__")


class SandboxUnavailable(RuntimeError):
    """bubblewrap is missing or cannot create namespaces here."""


def bwrap_path() -> str:
    path = shutil.which("bwrap")
    if path is None:
        raise SandboxUnavailable(
            "Expected bubblewrap (`bwrap`) on PATH to sandbox student code. Received: not found. "
            "Install the Debian package `bubblewrap` (make test and make demo do this), or "
            "pass --no-sandbox to grade without isolation."
        )
    return path


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) <= 0:
        raise ValueError(f"Expected {name} to be a positive integer. Received: {name}={raw!r}")
    return int(raw)


def read_only_paths() -> list[str]:
    """Host paths the kernel needs to read: Python, the venv, nna_tf, system files."""
    import nna_tf

    paths = {sys.prefix, sys.base_prefix, str(Path(nna_tf.__file__).resolve().parent)}
    return sorted(p for p in paths if p and not p.startswith("/usr/"))


def copy_submission_folder(folder: Path, scratch: Path) -> None:
    """Replace `scratch` with a copy of the submission's `folder`, less `NOT_COPIED`."""
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(folder, scratch, symlinks=False, ignore=shutil.ignore_patterns(*NOT_COPIED))


def _sandbox_value(name: str, value: str) -> str:
    """`value` as passed in: a library path keeps only its absolute entries, since an
    empty or relative one means the kernel's folder, which holds the student's files."""
    if name == "LD_LIBRARY_PATH":
        return ":".join(p for p in value.split(":") if os.path.isabs(p))
    return value


def gpu_device_paths(dev: Path = Path("/dev")) -> list[Path]:
    """The host's NVIDIA device nodes: each GPU (`nvidia0`, …), the control device, the
    unified-memory devices and `nvidia-caps` (MIG). CUDA needs them to reach a GPU;
    bubblewrap's fresh /dev has none."""
    return sorted(dev.glob("nvidia*"))


def sandbox_argv(
    command: list[str],
    *,
    scratch: Path,
    cwd: Path,
    sockets: Path,
    memory_mb: int | None = None,
    gpu_devices: list[Path] | None = None,
) -> list[str]:
    """The bwrap command line that runs `command` in the sandbox.

    Args:
        command: What to run inside (the kernel's argv).
        scratch: Host folder mounted read-write at `cwd` inside.
        cwd: Working folder inside (nbgrader's folder for the notebook).
        sockets: Host folder with the connection file and ipc sockets, mounted at the
            same path inside.
        memory_mb: If set, an RLIMIT_AS cap applied with `prlimit` (the fallback when
            no cgroup can be created).
        gpu_devices: Device nodes to pass in, each at `/dev/<name>`; by default the
            host's NVIDIA nodes (`gpu_device_paths`).
    """
    argv = [
        bwrap_path(),
        "--die-with-parent",
        "--new-session",
        "--unshare-net",
        "--unshare-pid",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--cap-drop",
        "ALL",
        "--hostname",
        "sandbox",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    for link in ("bin", "lib", "lib64", "sbin"):
        target = os.path.join("/", link)
        if os.path.islink(target):
            argv += ["--symlink", os.readlink(target), target]
        elif os.path.isdir(target):
            argv += ["--ro-bind", target, target]
    for path in ETC_FILES:
        argv += ["--ro-bind-try", path, path]
    # The private /tmp comes before the read-only binds: a course or venv cloned
    # under /tmp must stay visible instead of vanishing under the empty tmpfs.
    argv += ["--tmpfs", "/tmp"]
    for path in read_only_paths():
        argv += ["--ro-bind", path, path]
    argv += [
        "--proc",
        "/proc",
        "--dev",
        "/dev",
    ]
    if memory_mb is not None:
        # Under the RLIMIT_AS fallback CUDA cannot start (it reserves far more address
        # space than the cap), so such a kernel gets no GPU.
        gpus = []
    else:
        gpus = gpu_device_paths() if gpu_devices is None else gpu_devices
    for node in gpus:
        # --dev-bind: a plain bind would mount it `nodev`, and opening it would fail.
        argv += ["--dev-bind", str(node), f"/dev/{node.name}"]
    if gpus:
        # Read-only: where TensorFlow reads the GPU's NUMA node (else it logs that it cannot).
        for path in ("/sys/bus/pci", "/sys/devices"):
            argv += ["--ro-bind-try", path, path]
    argv += [
        "--bind",
        str(scratch),
        str(cwd),
        "--bind",
        str(sockets),
        str(sockets),
        "--chdir",
        str(cwd),
        "--clearenv",
        "--dir",
        "/home/student",
        "--setenv",
        "HOME",
        "/home/student",
        "--setenv",
        "MPLCONFIGDIR",
        "/home/student/.matplotlib",
        "--setenv",
        "PATH",
        f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "--setenv",
        "PYTHONSAFEPATH",
        "1",
    ]
    for name in PASSED_ENV:
        if name in os.environ:
            argv += ["--setenv", name, _sandbox_value(name, os.environ[name])]
    if memory_mb is not None:
        argv += ["--setenv", "CUDA_VISIBLE_DEVICES", ""]
        prlimit = shutil.which("prlimit") or "/usr/bin/prlimit"
        command = [prlimit, f"--as={memory_mb * 1024 * 1024}", "--", *command]
    return [*argv, "--", *command]


CGROUP_ROOT = Path("/sys/fs/cgroup")


class CgroupLimits:
    """A memory + pids cgroup for one kernel (cgroup v1 or v2), when creatable."""

    def __init__(self, name: str, memory_mb: int, max_processes: int):
        self.dirs: dict[str, Path] = {}
        v2 = CGROUP_ROOT / "unified"
        candidates = {
            "memory": self._v1_base("memory"),
            "pids": self._v1_base("pids"),
        }
        try:
            for controller, base in candidates.items():
                if base is None:
                    raise OSError(f"no cgroup v1 {controller} hierarchy")
                folder = base / f"nna-{name}"
                folder.mkdir()
                self.dirs[controller] = folder
            (self.dirs["memory"] / "memory.limit_in_bytes").write_text(str(memory_mb * 1024 * 1024))
            with contextlib.suppress(OSError):
                (self.dirs["memory"] / "memory.memsw.limit_in_bytes").write_text(
                    str(memory_mb * 1024 * 1024)
                )
            (self.dirs["pids"] / "pids.max").write_text(str(max_processes))
            self.kind = "cgroup v1"
        except OSError:
            self.remove()
            self.kind = self._try_v2(v2, name, memory_mb, max_processes)

    @staticmethod
    def _v1_base(controller: str) -> Path | None:
        base = CGROUP_ROOT / controller
        if not base.is_dir():
            return None
        # Nest under our own cgroup in that hierarchy (creating at the root is often denied).
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if controller in controllers.split(","):
                return base / path.lstrip("/")
        return base

    def _try_v2(self, base: Path, name: str, memory_mb: int, max_processes: int) -> str:
        for root in (CGROUP_ROOT, base):
            try:
                if not (root / "cgroup.controllers").is_file():
                    continue
                folder = root / f"nna-{name}"
                folder.mkdir()
                self.dirs["v2"] = folder
                (folder / "memory.max").write_text(str(memory_mb * 1024 * 1024))
                # No swap: a notebook at its cap would otherwise go on in swap, slowly and
                # slowing the other kernels, before it is killed (v1's memsw limit).
                with contextlib.suppress(OSError):  # a kernel built without swap accounting
                    (folder / "memory.swap.max").write_text("0")
                (folder / "pids.max").write_text(str(max_processes))
                return "cgroup v2"
            except OSError:
                self.remove()
        return "none"

    @property
    def active(self) -> bool:
        return self.kind != "none"

    def join_command(self) -> list[str]:
        """Shell prefix that moves the launched process into the cgroups, then execs."""
        procs = " ".join(f"{d / 'cgroup.procs'}" for d in self.dirs.values())
        script = f'for f in {procs}; do echo $$ > "$f" || exit 97; done; exec "$@"'
        return ["/bin/sh", "-c", script, "sandbox"]

    def events(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        with contextlib.suppress(OSError):
            if "memory" in self.dirs:
                control = (self.dirs["memory"] / "memory.oom_control").read_text()
                kills = [
                    int(line.split()[1])
                    for line in control.splitlines()
                    if line.startswith("oom_kill ")
                ]
                failcnt = int((self.dirs["memory"] / "memory.failcnt").read_text())
                out["out_of_memory"] = bool(kills and kills[0] > 0) or failcnt > 0
            if "pids" in self.dirs:
                out["process_cap_hit"] = (
                    int((self.dirs["pids"] / "pids.events").read_text().split()[-1]) > 0
                )
            if "v2" in self.dirs:
                memory = dict(
                    line.split()
                    for line in (self.dirs["v2"] / "memory.events").read_text().splitlines()
                )
                out["out_of_memory"] = int(memory.get("oom_kill", 0)) > 0
                out["process_cap_hit"] = (
                    int((self.dirs["v2"] / "pids.events").read_text().split()[-1]) > 0
                )
        return out

    def kill_all(self) -> None:
        for folder in self.dirs.values():
            with contextlib.suppress(OSError, ValueError):
                for pid in (folder / "cgroup.procs").read_text().split():
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(int(pid), 9)

    def remove(self) -> None:
        for folder in list(self.dirs.values()):
            self.kill_all()
            for _ in range(50):
                try:
                    folder.rmdir()
                    break
                except OSError:
                    threading.Event().wait(0.05)
        self.dirs.clear()


class ProcessWatchdog(threading.Thread):
    """Fallback process cap: kill the sandbox when its process tree grows too large."""

    def __init__(self, pid: int, max_processes: int):
        super().__init__(daemon=True)
        self.pid, self.max_processes = pid, max_processes
        self.tripped = False
        self._stop_event = threading.Event()

    def run(self) -> None:
        import psutil

        while not self._stop_event.wait(0.1):
            try:
                root = psutil.Process(self.pid)
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                return
            if len(tree) > self.max_processes:
                self.tripped = True
                for proc in reversed(tree):
                    with contextlib.suppress(psutil.Error):
                        proc.kill()
                return

    def stop(self) -> None:
        self._stop_event.set()


class SandboxedKernelManager(AsyncKernelManager):
    """A KernelManager whose kernel runs inside bubblewrap (see the module doc)."""

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self._sandbox_root = Path(tempfile.mkdtemp(prefix="nna-sandbox-"))
        self._sockets = self._sandbox_root / "sockets"
        self._scratch = self._sandbox_root / "scratch"
        self._sockets.mkdir()
        atexit.register(shutil.rmtree, self._sandbox_root, True)
        self.transport = "ipc"
        self.connection_file = str(self._sockets / "kernel.json")
        self.ip = str(self._sockets / "kernel-ipc")
        self.memory_mb = _env_int(MEMORY_ENV, DEFAULT_MEMORY_MB)
        self.max_processes = _env_int(PROCESSES_ENV, DEFAULT_MAX_PROCESSES)
        self._cgroup: CgroupLimits | None = None
        self._watchdog: ProcessWatchdog | None = None

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        command = [
            *super().format_kernel_cmd(extra_arguments),
            # The working folder is not importable, and the guard runs before any cell.
            "--IPKernelApp.ignore_cwd=True",
            f"--IPKernelApp.exec_lines={kernel_guard.exec_line()}",
        ]
        # Signals do not cross into the sandbox's session; ask the kernel to interrupt
        # itself over the control channel instead (ipykernel supports both).
        if self.kernel_spec is not None:
            self.kernel_spec.interrupt_mode = "message"
        cwd = Path(str((self._launch_args or {}).get("cwd") or os.getcwd())).resolve()
        copy_submission_folder(cwd, self._scratch)
        if self._cgroup is not None:  # a restart: the old kernel's cgroup goes first
            self._cgroup.remove()
        self._cgroup = CgroupLimits(uuid.uuid4().hex[:12], self.memory_mb, self.max_processes)
        atexit.register(self._cgroup.remove)  # also when nbgrader gives up on a dead kernel
        argv = sandbox_argv(
            command,
            scratch=self._scratch,
            cwd=cwd,
            sockets=self._sockets,
            memory_mb=None if self._cgroup.active else self.memory_mb,
        )
        return [*self._cgroup.join_command(), *argv] if self._cgroup.active else argv

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        await super()._async_launch_kernel(kernel_cmd, **kw)
        if self._cgroup is not None and not self._cgroup.active:
            pid = getattr(getattr(self.provisioner, "process", None), "pid", None)
            if pid is not None:
                self._watchdog = ProcessWatchdog(pid, self.max_processes + 2)
                self._watchdog.start()

    async def _async_is_alive(self) -> bool:
        alive = await super()._async_is_alive()
        if not alive:
            self._report()
        return alive

    def _report(self) -> None:
        target = os.environ.get(REPORT_ENV)
        if not target:
            return
        report = {
            "limits": self._cgroup.kind if self._cgroup else "none",
            "memory_mb": self.memory_mb,
            "max_processes": self.max_processes,
        }
        if self._cgroup is not None:
            report.update(self._cgroup.events())
        if self._watchdog is not None:
            report["process_cap_hit"] = (
                report.get("process_cap_hit", False) or self._watchdog.tripped
            )
        with contextlib.suppress(OSError):
            previous = json.loads(Path(target).read_text()) if Path(target).is_file() else {}
            for key in ("out_of_memory", "process_cap_hit"):
                report[key] = bool(report.get(key)) or bool(previous.get(key))
            Path(target).write_text(json.dumps(report))

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        self._report()
        if self._watchdog is not None:
            self._watchdog.stop()
        if self._cgroup is not None:
            self._cgroup.remove()
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            shutil.rmtree(self._sandbox_root, ignore_errors=True)
