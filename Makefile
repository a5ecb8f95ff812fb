# The two commands in the README: `make run` and `make test`. Both create .venv and
# install what they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# requirements*.txt name what we use; requirements*.lock pin everything they pull in
# (`make lock` rewrites the locks after an edit). Installs come from the locks only.
STAMP := $(VENV)/.installed-$(shell cat requirements-dev.lock | cksum | cut -d' ' -f1)
COMPILE := $(BIN)/pip-compile --quiet --strip-extras --allow-unsafe --no-header \
	--no-emit-index-url --no-emit-find-links
# uv installs the locked packages in seconds where pip takes most of a minute.
UV := uv==0.13.10
# manage.py defaults to production settings; the local site runs with the dev ones.
MANAGE := DJANGO_SETTINGS_MODULE=tweakments.settings.dev $(BIN)/python manage.py

# axe-core for the accessibility test, pinned in package-lock.json; `make test` installs it
# when npm is here (without it that test is skipped locally and fails under CI).
NODE_STAMP := node_modules/.package-lock.json
TEST_TOOLS := $(if $(shell command -v npm),$(NODE_STAMP))

.PHONY: install run test lint format lock

$(STAMP): requirements-dev.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check $(UV)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -r requirements-dev.lock
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

$(NODE_STAMP): package-lock.json
	npm ci --silent --no-audit --no-fund

install: $(STAMP)

run: install
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) load_postcodes --if-empty
	$(MANAGE) seed_demo --once
	$(MANAGE) local_admin
	$(MANAGE) runserver 127.0.0.1:8000

# Two workers (pytest-xdist), each with its own test database: the suite takes half the time
# on two cores. Benchmarks print their figures, so they run without it (-m bench -s).
test: install $(TEST_TOOLS)
	$(BIN)/python -m pytest -n 2

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lock: install
	$(BIN)/python -m pip install --quiet pip-tools==7.6.2
	$(COMPILE) -o requirements.lock requirements.txt
	$(COMPILE) -o requirements-dev.lock requirements-dev.txt

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
