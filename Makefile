# The README's commands. Everything runs inside .venv, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Stamps: each install runs again only when its lock file changes.
INSTALLED_PROD := $(VENV)/.installed-prod-$(shell cksum < requirements.lock | cut -d' ' -f1)
INSTALLED_DEV := $(VENV)/.installed-dev-$(shell cat requirements.lock requirements-dev.lock | cksum | cut -d' ' -f1)
# The test suite's tools from npm (package-lock.json): the HTML checker, vnu.jar.
INSTALLED_NODE := node_modules/.installed-$(shell cksum < package-lock.json | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-production test-tools migrate demo run serve bench test lint audit format lock messages

$(INSTALLED_PROD): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	rm -f $(VENV)/.installed-*
	touch $@

# requirements-dev.lock includes requirements.lock: it stands for both stamps.
$(INSTALLED_DEV): requirements.lock requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	rm -f $(VENV)/.installed-*
	touch $@ $(INSTALLED_PROD)

## Everything: production's dependencies, the demo's (its PDFs) and the tools (tests, lint…).
install: $(INSTALLED_DEV)

# npm ci empties node_modules first, stamp included. --ignore-scripts: vnu-jar's own script
# would download a Java runtime; the tests use the machine's (Debian's default-jre-headless).
$(INSTALLED_NODE): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

## The test suite's tools from npm: the Nu HTML Checker (vnu.jar; it runs on Java).
test-tools: $(INSTALLED_NODE)

## Production's dependencies only (requirements.lock), as `make serve` uses.
install-production: $(INSTALLED_PROD)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content

## Serve the site with demo content on http://$(HOST):$(PORT)/ (SQLite in var/ unless DATABASE_URL is set).
run: demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## Production server: gunicorn with the production settings. Needs SECRET_KEY and
## ALLOWED_HOSTS (and DATABASE_URL, REDIS_URL…) in the environment; see the README.
serve: install-production
	DJANGO_SETTINGS_MODULE=women_portal.settings.production $(BIN)/python manage.py collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=women_portal.settings.production $(BIN)/python manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=women_portal.settings.production $(BIN)/gunicorn women_portal.wsgi

## Benchmarks (not tests): a large data set on PostgreSQL, the production server, wrk.
## Writes docs/benchmarks.md and docs/benchmarks.json.
bench: install
	$(BIN)/python bench/run.py

## The whole test suite, browser tests included (they need Chromium: apt-get install chromium,
## and Java for the HTML checker: apt-get install default-jre-headless).
test: install test-tools
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Security checks of our code (bandit): medium and high severity findings fail.
audit: install
	$(BIN)/bandit -q -r women_portal home library services -x '*/migrations/*' --severity-level medium

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Re-pin every dependency after a change to pyproject.toml: requirements.lock from
## `dependencies`, requirements-dev.lock from the `demo` and `dev` groups (what they add,
## installed under production's pins so that both locks install together unchanged).
lock:
	rm -rf var/lock-venv
	$(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/pip install --quiet --upgrade pip
	$(PYTHON) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"]))' > var/direct.txt
	$(PYTHON) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]; print("\n".join(p["demo"] + p["dev"]))' > var/direct-dev.txt
	var/lock-venv/bin/pip install --quiet -r var/direct.txt
	var/lock-venv/bin/pip freeze > requirements.lock
	var/lock-venv/bin/pip install --quiet -r var/direct-dev.txt -c requirements.lock
	(echo "-r requirements.lock"; var/lock-venv/bin/pip freeze | grep -vxFf requirements.lock) > requirements-dev.lock
	rm -rf var/lock-venv

## Rebuild the message catalogues' .mo files from the .po files (needs gettext's msgfmt).
messages: install
	$(BIN)/python manage.py makemessages -l ar -l fr --ignore=.venv --ignore=var
	$(BIN)/python manage.py compilemessages --ignore=.venv
