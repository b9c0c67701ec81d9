# dondoc — the commands a new user runs. `make demo` and `make test` are the two that matter.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
UV_VERSION := 0.13.9
UV := $(shell command -v uv 2>/dev/null || echo .ci-tools/bin/uv)
PY := .venv/bin/python
SHARED ?= ../shared
PYTEST_ARGS ?=

.PHONY: install demo test lint fmt typecheck bench eval clean

.ci-tools/bin/uv:
	python3 -m venv .ci-tools
	.ci-tools/bin/pip install -q --disable-pip-version-check "uv==$(UV_VERSION)"

install: $(if $(findstring .ci-tools,$(UV)),.ci-tools/bin/uv)  ## the virtual environment .venv with dondoc in it
	$(UV) sync --locked
	@bash scripts/vendor-assets.sh

demo: install  ## build a demo database and serve the web app on localhost
	.venv/bin/dondoc demo

lint: install  ## ruff (format + lint), mypy strict, import contracts
	.venv/bin/ruff format --check dondoc tests bench
	.venv/bin/ruff check dondoc tests bench
	.venv/bin/mypy
	.venv/bin/lint-imports

fmt: install
	.venv/bin/ruff format dondoc tests bench
	.venv/bin/ruff check --fix dondoc tests bench

test: lint  ## install, lint, type-check and run the whole suite
	.venv/bin/pytest -q $(PYTEST_ARGS)

bench: install  ## benchmarks; results go to docs/benchmarks.md (adds the optional `bench` group)
	$(UV) sync --locked --group bench
	$(PY) -m bench $(BENCH)

eval: install  ## score the extractor on the dev corpus in ../shared
	@if [ -f "$(SHARED)/eval/score.py" ]; then \
	  PATH="$$PWD/.venv/bin:$$PATH" python3 $(SHARED)/eval/score.py --gold $(SHARED)/corpus/dev/gold \
	    --docs $(SHARED)/corpus/dev/docs --cmd "dondoc extract --format json"; \
	else echo "Không thấy $(SHARED)/eval/score.py: bỏ qua (the dev corpus is not on this machine)"; fi

clean:
	rm -rf .venv .ci-tools .mypy_cache .pytest_cache .ruff_cache
