# govctl — see README.md. `make test` is the command CI runs.
SWIFT ?= swift
PREFIX ?= /usr/local

.PHONY: build test
build:
	$(SWIFT) build

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
