# The two commands in the README: `make run` and `make test`. Both create .venv and
# install what they need first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
# manage.py defaults to production settings; the local site runs with the dev ones.
MANAGE := DJANGO_SETTINGS_MODULE=tweakments.settings.dev $(BIN)/python manage.py

.PHONY: install run test lint format

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: install
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) load_postcodes --if-empty
	$(MANAGE) seed_demo --once
	$(MANAGE) local_admin
	$(MANAGE) runserver 127.0.0.1:8000

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
