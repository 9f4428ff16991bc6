# One-command entry points. Only python3, make and git are needed on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/dagster_home

.PHONY: install lock lint format run ui test services test-production bench bench-extract bench-dates bench-events bench-language bench-clusters bench-geo bench-report bench-scale chaos clean

# Installs come from requirements.lock (exact versions with hashes); `make lock` refreshes it after a change of
# the ranges in pyproject.toml.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements.lock
	$(BIN)/pip check
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

## Re-resolve every dependency to exact versions with hashes (needs PyPI); commit the result
lock:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q uv
	$(BIN)/uv pip compile -q --python-version 3.11 --extra dev --extra production --generate-hashes --no-header \
		-o requirements.lock pyproject.toml

## Ruff lint and format check (configuration in pyproject.toml)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Materialize every asset for every day of the bundled sample into data/ (DuckDB + Parquet)
run: $(STAMP)
	@mkdir -p $(DAGSTER_HOME)
	$(BIN)/python -m pipeline sample

## Open the Dagster UI on the same instance the CLI runs write to
ui: $(STAMP)
	@mkdir -p $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

test: $(STAMP)
	$(BIN)/python -m pytest

## PostgreSQL and redis-server from Debian for test-production: installed with apt-get (as root, or through sudo)
## only when a package is missing; nothing is started here (tests/production starts and stops its own servers).
## `make services APT_GET="echo apt-get"` shows what would be installed.
SERVICE_PACKAGES ?= postgresql redis-server
APT_GET ?= apt-get
services:
	@missing=""; \
	for pkg in $(SERVICE_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
		sudo=""; [ "$$(id -u)" = 0 ] || sudo="sudo"; \
		echo "installing from Debian:$$missing"; \
		$$sudo $(APT_GET) update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq --no-install-recommends $$missing \
			>/dev/null; \
	fi

## The production profile on real services on 127.0.0.1: PostgreSQL and redis-server from Debian, moto's S3
## server, Celery workers, the Dagster daemon and webserver (tests/production/, docs/DEPLOY.md)
test-production: $(STAMP) services
	PYTHONPATH=$(CURDIR) $(BIN)/python -m pytest tests/production -m production -s

bench: bench-extract bench-dates bench-events bench-language bench-clusters bench-geo bench-report

bench-extract: $(STAMP)
	$(BIN)/python -m bench.extract

bench-dates: $(STAMP)
	$(BIN)/python -m bench.dates

bench-events: $(STAMP)
	$(BIN)/python -m bench.events

## The `language` column on the htmldate pages (many languages): distribution, disagreement with the markup,
## accuracy on a hand-checked sample
bench-language: $(STAMP)
	$(BIN)/python -m bench.language

## Event locations of the sample corpus against our own labels (country, place within 25 km or admin1)
bench-geo: $(STAMP)
	$(BIN)/python -m bench.geo

## One day of clusters on top of 365 stored days of synthetic mentions: incremental vs full rebuild
bench-clusters: $(STAMP)
	$(BIN)/python -m bench.clusters

## Speed and memory: a synthetic day of 10,000 and 100,000 articles through the assets, against bare trafilatura
## (one size: make bench-scale N=10000)
bench-scale: $(STAMP)
	$(BIN)/python -m bench.scale $(if $(N),--n $(N))

chaos: $(STAMP)
	$(BIN)/python -m bench.chaos

clean:
	rm -rf data bench/results dagster_home/storage dagster_home/history dagster_home/logs dagster_home/schedules
