# Two commands do all set-up: `make demo` and `make test`. Both build .venv/ from the
# pinned versions in constraints.txt when it is missing or when the pins change.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed

# nbgrader runs `alembic` as a subprocess, so the venv's bin/ must come first on PATH.
export PATH := $(BIN):$(PATH)
export KERAS_BACKEND := tensorflow
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: venv system-deps demo test test-fast lint release lab formgrader clean

# bubblewrap sandboxes student code while grading (Debian package `bubblewrap`).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Chromium runs the browser test of the student's path (Debian package `chromium`).
SYSTEM_PACKAGES := bubblewrap chromium
system-deps:
	@echo "installing system packages: $(SYSTEM_PACKAGES)"
	@$(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -qq >/dev/null 2>&1 && $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null 2>&1; } || \
	  echo "WARNING: could not install $(SYSTEM_PACKAGES); sandboxed grading will refuse to run and the browser test will be skipped"

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@{ command -v bwrap && command -v chromium; } >/dev/null || $(MAKE) --no-print-directory system-deps
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# uv installs the same pinned set as pip in under half the time (it downloads and
	@# unpacks in parallel). --compile-bytecode writes the .pyc files as pip does: the
	@# grading sandbox mounts .venv read-only, so without them every sandboxed kernel
	@# compiled TensorFlow's Python again (a fresh `make test`: 2,029 s instead of 1,865 s).
	@# pip does the job when uv cannot be installed.
	$(BIN)/python -m pip install --quiet -c constraints.txt uv && \
	  $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python \
	    -c constraints.txt -e ".[dev,grader]" || \
	  { $(BIN)/python -m pip install --quiet --upgrade "pip>=24" && \
	    $(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,grader]"; }
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m autograde demo

# One test worker more than there are cores (at most 4: each worker may hold TensorFlow
# kernels of ~1 GB). With one worker per core, the cores were idle 16% of the time
# (sleeps in timing checks, kernels starting, browsers, subprocesses); the extra
# worker fills those gaps. Tests that share an expensive fixture stay on one worker
# (see tests/conftest.py).
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); n=$$((n + 1)); [ $$n -gt 4 ] && n=4; echo $$n)
PYTEST_PARALLEL := -n $(TEST_WORKERS) --dist loadgroup

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) --durations=30

# Unit tests and static gates only (no notebook runs, no grading): for working.
test-fast: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

release: $(STAMP)
	$(BIN)/python -m autograde release

# Jupyter refuses to run as root unless told; containers often are root.
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

lab: $(STAMP)
	@echo "JupyterLab on the student notebooks in release/ (nbgrader's Validate button is in each notebook's toolbar);"
	@echo "open the http://127.0.0.1:8888/lab?token=... address printed below."
	$(BIN)/jupyter lab --ServerApp.root_dir=release --no-browser --ip=127.0.0.1 $(ALLOW_ROOT)

# The instructor's side: JupyterLab at the course root, where nbgrader reads
# nbgrader_config.py, so the formgrader grades exactly as `nna-grade grade` does.
formgrader: $(STAMP)
	@echo "JupyterLab at the course root; open http://127.0.0.1:8888/formgrader?token=... (token below)"
	$(BIN)/jupyter lab --ServerApp.root_dir=$(CURDIR) --no-browser --ip=127.0.0.1 $(ALLOW_ROOT)

clean:
	rm -rf build .pytest_cache .ruff_cache .mypy_cache
