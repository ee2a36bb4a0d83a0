# sbcorr — the two commands of README.md are `make notebooks` and `make test`.
SHELL := /bin/bash
GOBIN := $(shell go env GOPATH)/bin
export PATH := $(GOBIN):$(PATH)
PY := /usr/bin/python3
OUT ?= out
# NB selects notebooks by name prefix, e.g. `make notebooks NB=03`.
NB ?=
NOTEBOOKS := $(sort $(wildcard notebooks/$(NB)*.ipynb))
# NBTIMEOUT is the per-cell timeout in seconds (default: max(the notebook's
# budget, 180 s), so that a cold first cell never times out).
NBTIMEOUT ?=
NBEXEC = $(PY) scripts/nbexec.py $(if $(NBTIMEOUT),--timeout $(NBTIMEOUT))
PORT ?= 8888
IP ?= 127.0.0.1

.PHONY: setup notebooks figures test gotest exercises bench lab htmlcheck browsercheck dockercheck fuzz clean report

setup:
	@bash scripts/setup.sh

## notebooks: execute every notebook headless; executed .ipynb and .html in $(OUT)/
notebooks: setup
	@$(NBEXEC) --out $(OUT) $(NOTEBOOKS)

## figures: execute the notebooks (as `make notebooks`) and write every chart
## they show to $(OUT)/figures/NN_NAME.{pdf,svg,png} (NN the notebook's number,
## NAME fig17 for "Figure 17: ..." or a slug of the title; see plotting/nb)
## at the size preset FIGSIZE (single, double, slide, notebook; several,
## comma-separated, each in a subfolder: FIGSIZE=single,slide)
FIGSIZE ?= double
FIGFORMATS ?= pdf,svg,png
figures: setup
	@mkdir -p $(OUT)/figures
	@rm -f $(foreach n,$(NOTEBOOKS),$(OUT)/figures/$(firstword $(subst _, ,$(notdir $(n))))_* $(OUT)/figures/*/$(firstword $(subst _, ,$(notdir $(n))))_*)
	@SBCORR_FIGURES=$(abspath $(OUT)/figures) SBCORR_FIGURE_SIZE=$(FIGSIZE) SBCORR_FIGURE_FORMATS=$(FIGFORMATS) \
		$(PY) scripts/nbexec.py --out $(OUT) $(NOTEBOOKS)
	@echo "$$(find $(OUT)/figures -type f | wc -l) figure files in $(OUT)/figures/"

## test: go vet, all Go tests, every notebook executed once (in $(OUT)/test), then
## the training exercises with their stubs and with their solutions
test: setup gotest
	@$(NBEXEC) --out $(OUT)/test $(NOTEBOOKS)
	@$(PY) scripts/exercises.py check --out $(OUT)/test/exercises

## exercises: run each training exercise (notebooks/exercises) with its stubs (every
## check cell must fail with its explanation) and with its solutions (every check passes)
exercises: setup
	@$(PY) scripts/exercises.py check --out $(OUT)/exercises

gotest:
	go vet ./...
	go test -count=1 ./...

## report: the reproduction report of the executed notebooks in $(OUT)
## (report.html, report.md, report.json); REUSE=1 reuses $(OUT)/*.ipynb,
## BASE=<report.json or commit> also prints the rows that changed since
report: $(if $(REUSE),,notebooks)
	@bash scripts/report.sh $(OUT) $(BASE)

## bench: Go benchmarks with a peer (bench/cases.txt), times and ratios
bench:
	@bash scripts/setup.sh --peers
	@bash scripts/bench.sh

## lab: a Jupyter server on localhost (IP, PORT) with the notebooks; setup first registers
## the "Go (sbcorr)" kernel for this checkout and warms the Go build cache
lab: setup
	/usr/bin/jupyter notebook --no-browser $(if $(filter 0,$(shell id -u)),--allow-root) --ip=$(IP) --port=$(PORT) --notebook-dir=notebooks

## htmlcheck: render the HTML reports in headless Chromium and check that
## formulas and charts rendered (screenshots in $(OUT)/screenshots)
htmlcheck:
	@bash scripts/setup.sh --browser
	@bash scripts/htmlcheck.sh $(OUT)

## browsercheck: run the interactive notebooks (nb.Explore cells) in headless Chromium on a
## private Jupyter Notebook server, move every control, check each redraw against the cell's
## function (screenshots in $(OUT)/browsercheck); FAULT=stale|shifted breaks the redraws on
## purpose, and the check must then fail; BCNB=path.ipynb... checks only those notebooks
FAULT ?=
BCNB ?=
browsercheck: setup
	@bash scripts/setup.sh --browser
	@$(PY) scripts/browsercheck.py --out $(OUT)/browsercheck $(if $(FAULT),--fault $(FAULT)) $(BCNB)

## dockercheck: replay the Dockerfile's RUN steps in a fresh debootstrap root
dockercheck:
	@bash scripts/dockercheck.sh

## fuzz: run every fuzz target for FUZZTIME (default 60s) each
FUZZTIME ?= 60s
fuzz:
	@bash scripts/fuzz.sh $(FUZZTIME)

clean:
	rm -rf $(OUT)
