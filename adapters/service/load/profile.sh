#!/usr/bin/env bash
# Where an advice over HTTP spends its CPU: the load test (run.sh's LoadTest.java) with a JFR
# recording from the service's launch (settings=profile, stacks 128 frames deep), then Stages.java's
# table for the advice closed loop from each number of connections (4 and 32) and for the fixed rate
# (1,000 req/s), each its own time window: CPU µs and allocated bytes per request by
# stage (Tomcat and filters, reading, validation, facts, rules, session, assembly and texts,
# writing, GC). About four minutes.
#
#   bash adapters/service/load/profile.sh                 # builds the jar first
#   MVN_FLAGS=-o bash adapters/service/load/profile.sh --seconds=30
set -euo pipefail
cd "$(dirname "$0")/../../.."
profile=adapters/service/target/profile
rm -rf "$profile"
bash adapters/service/load/run.sh --startups=1 --profile="$profile" "$@"
java adapters/service/load/Stages.java "$profile"
