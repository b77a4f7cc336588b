# Set-up and everyday commands. `make run` and `make test` do everything on a fresh Debian machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench translations wheel clean

run: $(STAMP) translations
	packaging/debian-setup.sh run
	$(BIN)/workbench

test: $(STAMP) translations
	packaging/debian-setup.sh test
	$(BIN)/ruff check db workbench ui bench tests packaging
	$(BIN)/ruff format --check --quiet db workbench ui bench tests packaging
	$(BIN)/python packaging/typecheck.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check db workbench ui bench tests packaging
	$(BIN)/ruff format --check db workbench ui bench tests packaging
	$(BIN)/python packaging/typecheck.py

bench: $(STAMP) translations
	packaging/debian-setup.sh bench
	$(BIN)/python -m bench $(if $(QUICK),--quick,)

translations: $(QM)

# The .qm files are package data: they must be built before the wheel.
wheel: $(STAMP) translations
	$(BIN)/pip wheel -q --no-deps --no-build-isolation -w dist .

%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || packaging/debian-setup.sh test
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

clean:
	rm -rf $(VENV) resources/translations/*/*.qm dist build *.egg-info
