# The README's commands. Everything runs inside .venv, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-$(shell cksum < requirements.lock | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install migrate demo run serve bench test lint audit format lock messages

$(INSTALLED): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	rm -f $(VENV)/.installed-*
	touch $@

install: $(INSTALLED)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content

## Serve the site with demo content on http://$(HOST):$(PORT)/ (SQLite in var/ unless DATABASE_URL is set).
run: demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## Production server: gunicorn with the production settings. Needs SECRET_KEY and
## ALLOWED_HOSTS (and DATABASE_URL, REDIS_URL…) in the environment; see the README.
serve: install
	DJANGO_SETTINGS_MODULE=women_portal.settings.production $(BIN)/python manage.py collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=women_portal.settings.production $(BIN)/python manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=women_portal.settings.production $(BIN)/gunicorn women_portal.wsgi

## Benchmarks (not tests): a large data set on PostgreSQL, the production server, wrk.
## Writes docs/benchmarks.md and docs/benchmarks.json.
bench: install
	$(BIN)/python bench/run.py

## The whole test suite, browser tests included (they need Chromium: apt-get install chromium).
test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Security checks of our code (bandit): medium and high severity findings fail.
audit: install
	$(BIN)/bandit -q -r women_portal home library -x '*/migrations/*' --severity-level medium

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Re-pin every dependency after a change to pyproject.toml.
lock:
	rm -rf var/lock-venv
	$(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/pip install --quiet --upgrade pip
	$(PYTHON) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"] + p["optional-dependencies"]["dev"]))' > var/direct.txt
	var/lock-venv/bin/pip install --quiet -r var/direct.txt
	var/lock-venv/bin/pip freeze > requirements.lock
	rm -rf var/lock-venv

## Rebuild the message catalogues' .mo files from the .po files (needs gettext's msgfmt).
messages: install
	$(BIN)/python manage.py makemessages -l ar -l fr --ignore=.venv --ignore=var
	$(BIN)/python manage.py compilemessages --ignore=.venv
