#!/usr/bin/env bash
# Starts the Samverka workbench: ./samverka workbench [eclipse arguments ...]
# Builds the product on first use, installs the Debian packages it needs and lacks,
# and runs the Equinox launcher (there is no native launcher on Maven Central).
# SAMVERKA_WORKSPACE chooses the workspace (default ~/samverka-arbetsyta).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/releng/scripts/find-java.sh"
samverka_find_java || exit 2
product="$top/releng/se.samverka.product/target/products/se.samverka.product/linux/gtk/x86_64/samverka"

# Maven and npm for the first build, GTK and WebKitGTK for SWT and its Browser (Debian packages)
"$top/releng/scripts/install-packages.sh" workbench
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "samverka: no display to show the workbench on. Run it in a desktop session, or under xvfb-run;" >&2
  echo "samverka: without a display, use the command line: ./samverka --help" >&2
  exit 2
fi

if [ ! -d "$product/plugins" ]; then
  echo "samverka: building the workbench once (./mvnw package -DskipTests), this takes a few minutes ..." >&2
  (cd "$top" && ./mvnw -B -q package -DskipTests -pl releng/se.samverka.target,releng/se.samverka.product -am >&2) || {
    echo "samverka: the build failed; run ./mvnw package -DskipTests to see why." >&2
    exit 2
  }
fi

workspace="${SAMVERKA_WORKSPACE:-$HOME/samverka-arbetsyta}"
# the language chosen on the preference page (Swedish unless English was chosen)
language=sv
prefs="$workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/se.samverka.workbench.prefs"
[ -f "$prefs" ] && grep -q '^language=en' "$prefs" && language=en
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
jvm_flags=(-Xmx2g -Dosgi.requiredJavaVersion=21 -Dfile.encoding=UTF-8)
[ "$(samverka_java_major "$JAVA_HOME")" -ge 23 ] && jvm_flags+=(--sun-misc-unsafe-memory-access=allow)
exec "$JAVA_HOME/bin/java" "${jvm_flags[@]}" -jar "$launcher" -data "$workspace" -nl "$language" "$@"
