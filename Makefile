# Next Steps: every command a developer or CI needs, each doing its own set-up.
#   make serve   build the site and serve it at http://127.0.0.1:8000
#   make test    every test: CPython, Pyodide under Node, Chromium
#   make site    build the site into site/
#   make dev     live-reloading preview while writing (mkdocs serve)
#   make serve-production  the site as a host serves it (nginx), http://127.0.0.1:8080
#   make bench-lighthouse  Lighthouse scores against that server

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve dev site test test-fast bench clean serve-production bench-lighthouse

# Python packages into .venv, reinstalled when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# The pinned Pyodide runtime and axe-core, exactly as package-lock.json says.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium for the browser tests (Playwright cannot download one here).
/usr/bin/chromium:
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium

# Debian's nginx and its brotli_static module, to serve the site as a host
# does. RUNLEVEL=1 keeps the package from starting a system-wide nginx:
# hosting/serve.py runs its own, as the current user, on 127.0.0.1 only.
/usr/sbin/nginx:
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && $$SUDO env RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq nginx libnginx-mod-http-brotli-static

setup: $(VENV)/.installed node_modules/.installed

site: setup
	$(PY) -m mkdocs build --strict

serve: site
	@echo "Serving Next Steps at http://127.0.0.1:8000 (Ctrl+C to stop)"
	$(PY) -m http.server 8000 --bind 127.0.0.1 --directory site

# Built for the address it is served from, so instant navigation holds.
PRODUCTION_URL := http://127.0.0.1:8080/

serve-production: setup /usr/sbin/nginx
	SITE_URL=$(PRODUCTION_URL) $(PY) -m mkdocs build --strict
	$(PY) -m hosting.serve site --port 8080

bench-lighthouse: setup /usr/bin/chromium /usr/sbin/nginx
	SITE_URL=$(PRODUCTION_URL) $(PY) -m mkdocs build --strict
	$(PY) bench/lighthouse.py --serve site --port 8080

dev: setup
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

test: setup /usr/bin/chromium /usr/sbin/nginx site
	NS_SITE_BUILT=1 $(PY) -m pytest -n 2 --dist loadfile

bench: setup /usr/bin/chromium site
	$(PY) bench/render_speed.py
	$(PY) bench/startup.py site

clean:
	rm -rf site build $(VENV) node_modules .pytest_cache .hypothesis
