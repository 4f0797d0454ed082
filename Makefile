# The README's two commands: `make run` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in staff e-mails point at the admin where `make run` serves it; the demo Site gets HOST and PORT too.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: run test install install-test setup lint check pytest messages bench screenshots clean fuzz wheels

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Leaflet comes from npm (package-lock.json) and is copied into the plugin's static files; never a CDN.
# The source map comes too: manifest static storage follows leaflet.js's sourceMappingURL and fails without it.
LEAFLET := feedback_plugin/static/feedback_plugin/vendor/leaflet
LEAFLET_FILES := $(addprefix node_modules/leaflet/dist/,leaflet.js leaflet.js.map leaflet.css images)

$(LEAFLET)/leaflet.js.map: package.json package-lock.json
	npm ci --no-audit --no-fund
	mkdir -p $(LEAFLET)
	cp -r $(LEAFLET_FILES) $(LEAFLET)/
	touch $@

# The site requires the plugins' distribution (plugins/); naming both in one pip run lets pip find it here.
$(VENV)/.installed: pyproject.toml plugins/pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e ./plugins -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml plugins/pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ./plugins -e ".[test]"
	touch $@

install: $(VENV)/.installed $(LEAFLET)/leaflet.js.map

install-test: $(VENV)/.installed-test $(LEAFLET)/leaflet.js.map

messages: install
	cd $(CURDIR) && $(PY) manage.py compilemessages --ignore=.venv --verbosity 0

setup: install messages
	$(PY) manage.py migrate --no-input
	$(PY) manage.py createcachetable
	$(PY) manage.py load_demo_data --hostname $(HOST) --port $(PORT)

run: setup
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-test messages
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run

pytest: install-test messages
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint check pytest

# The plugins' wheel in dist/, with their translations compiled and Leaflet copied in first (git ignores both).
# Nothing is installed into the venv: msgfmt runs as compilemessages runs it, and pip builds in isolation.
# plugins/build and dist/ go first: an earlier build would leave stale files in the wheel or a second wheel.
PLUGIN_MO := $(patsubst %.po,%.mo,$(wildcard $(addsuffix /locale/*/LC_MESSAGES/django.po,feedback_plugin faq_plugin bulletin_plugin)))

%.mo: %.po
	msgfmt --check-format -o $@ $<

wheels: $(PLUGIN_MO) $(LEAFLET)/leaflet.js.map | $(BIN)/activate
	rm -rf plugins/build dist
	$(BIN)/pip wheel --quiet --no-deps --wheel-dir dist ./plugins

bench: install-test messages
	$(PY) bench/run.py

# Schemathesis over REST API v1's OpenAPI schema against a throwaway server; FUZZ_SECONDS sets the budget.
fuzz: install-test messages
	.ci/fuzz

clean:
	rm -rf $(VENV) var static_collected dist plugins/build
