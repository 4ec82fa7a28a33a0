#!/usr/bin/env bash
# Rewrites src/main/resources/dev/syndiff/ui/startup-classes.txt: the classes the viewer loads
# from process start to its first painted panes on the sample bundle, outside the JDK's own
# class-data-sharing archive, in load order. StartupClasses loads them on a thread of its own
# while the toolkit starts. Run it after a change to the viewer's start or a JavaFX upgrade
# (needs xvfb-run: apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
log=$(mktemp)
trap 'rm -f "$log" "$log.png"' EXIT
# ThreadCpu is first loaded by -Dsyndiff.timing's report of the first paint: the cut
timeout 120 xvfb-run -a java -Xlog:class+load=info:file="$log" -Dsyndiff.preload=false -Dsyndiff.timing=true \
  -Dsyndiff.screenshot="$log.png" -jar target/syndiff.jar view >/dev/null 2>&1 || true
out=src/main/resources/dev/syndiff/ui/startup-classes.txt
{
  echo "# Written by scripts/startup-classes.sh: classes the viewer loads before its first paint."
  awk '/dev\.syndiff\.ui\.ThreadCpu /{exit} /source: (jrt:|file:|jar:)/ {print $2}' "$log" \
    | grep -v -e '\$\$Lambda' -e 'LambdaForm\$' -e '/0x' -e '^dev\.syndiff\.ui\.StartupClasses' | awk '!seen[$0]++'
} > "$out"
echo "$(($(wc -l < "$out") - 1)) classes in $out"
