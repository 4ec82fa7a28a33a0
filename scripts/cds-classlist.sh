#!/usr/bin/env bash
# Rewrites src/main/cds/syndiff.classlist: every class (and lambda proxy) a real viewer run on the
# sample bundle loads, with its complete report and grammar pass, as the JVM lists it
# (-XX:DumpLoadedClassList). `mvn package` dumps target/syndiff.jsa from it, the class-data-sharing
# archive ./syndiff starts with. Run it after upgrading JavaFX or a library, or after a large change
# to the viewer (needs xvfb-run: apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
out=src/main/cds/syndiff.classlist
mkdir -p "$(dirname "$out")"
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.png"' EXIT
timeout 300 xvfb-run -a java -XX:DumpLoadedClassList="$tmp" -Dsyndiff.screenshot="$tmp.png" \
  -jar target/syndiff.jar view >/dev/null 2>&1 || true
[ -s "$tmp" ] || { echo "cds-classlist: the run listed no classes" >&2; exit 1; }
mv "$tmp" "$out"
echo "$(grep -vc '^@' "$out") classes, $(grep -c '^@lambda-proxy' "$out") lambda proxies in $out"
