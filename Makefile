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

.PHONY: venv demo test lint release lab clean

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m autograde demo

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

release: $(STAMP)
	$(BIN)/python -m autograde release

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=release --no-browser

clean:
	rm -rf build .pytest_cache .ruff_cache .mypy_cache
