#!/usr/bin/env bash
# Which java runs the service. Sourced by start.sh and by train.sh (the build's training run), so
# that the JVM that writes the start-up cache is the one that reads it:
#
#   1. $GESPREKSWIJZER_JAVA: a java executable or a JDK's folder (e.g. /usr/lib/jvm/java-17-openjdk-amd64);
#   2. else the newest JDK 25 or later under /usr/lib/jvm (25 starts faster, see the README), or
#      under $GESPREKSWIJZER_JVM_DIR where JDKs are elsewhere;
#   3. else java on the PATH.
#
# Sets service_java (the executable) and service_java_release (its feature release: 17, 25, ...).
# Run on its own, it prints both: bash adapters/service/java.sh
#
# The release is read from the JDK's release file, so that choosing costs no JVM start; only a java
# without one (an unusual layout) is asked for its version.

# The feature release of the JDK that holds the java executable $1, or 0 if it cannot be told.
java_feature_release() {
  local java home version
  java=$(readlink -f "$1" 2>/dev/null || printf '%s' "$1")
  home=$(dirname "$(dirname "$java")")
  if [[ -f "$home/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  else
    version=$("$1" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java.specification.version = //p')
  fi
  version=${version%%[.+-]*}
  if [[ "$version" =~ ^[0-9]+$ ]]; then printf '%s' "$version"; else printf '0'; fi
}

find_service_java() {
  service_java=""
  service_java_release=0
  if [[ -n "${GESPREKSWIJZER_JAVA:-}" ]]; then
    service_java=$GESPREKSWIJZER_JAVA
    if [[ -d "$service_java" ]]; then service_java=$service_java/bin/java; fi
    if [[ ! -x "$service_java" ]]; then
      echo "GESPREKSWIJZER_JAVA=$GESPREKSWIJZER_JAVA is neither a java executable nor a JDK folder" >&2
      return 1
    fi
  else
    local candidate release
    for candidate in "${GESPREKSWIJZER_JVM_DIR:-/usr/lib/jvm}"/*/bin/java; do
      [[ -x "$candidate" ]] || continue
      release=$(java_feature_release "$candidate")
      if ((release >= 25 && release > service_java_release)); then
        service_java=$candidate
        service_java_release=$release
      fi
    done
    if [[ -z "$service_java" ]]; then
      if ! service_java=$(command -v java); then
        echo "No java: install a JDK 17 or later (25 or later starts faster), or set GESPREKSWIJZER_JAVA" >&2
        return 1
      fi
    fi
  fi
  if ((service_java_release == 0)); then
    service_java_release=$(java_feature_release "$service_java")
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  find_service_java
  printf '%s %s\n' "$service_java" "$service_java_release"
fi
