#!/usr/bin/env bash
# Runs some end-to-end specs with their own build, port and results folder, so several runs can
# share one machine: scripts/e2e-isolated.sh <port> [playwright args, e.g. test/e2e/live.spec.ts]
set -euo pipefail
port="$1"; shift
export E2E_PORT="$port" E2E_DIST="dist-$port" E2E_OUT="test-results-$port"
npx vite build --outDir "$E2E_DIST" --emptyOutDir --logLevel warn
npx playwright test "$@"
