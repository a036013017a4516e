# Sourced by ./mvnw and ./samverka: sets JAVA_HOME to a JDK 21 or later.
# Tycho 5 and the bundles (JavaSE-21) need it; the machine's default Java may be 17.
# The JDK's major version, from its release file: starting a JVM to ask would cost as much as
# the command it is asked for (about 0.2 s); a JDK without the file is asked.
samverka_java_major() {
  local major=""
  [ -f "$1/release" ] && major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  [ -n "$major" ] || major=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  echo "$major"
}
samverka_find_java() {
  local candidate major
  for candidate in "${SAMVERKA_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 \
      /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(samverka_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "samverka: a JDK 21 or later is needed (Temurin 25 is expected at /usr/lib/jvm/temurin-25-jdk-amd64)." >&2
  echo "samverka: install one (for example Debian's openjdk-21-jdk or Temurin 25) or set JAVA_HOME to it." >&2
  return 1
}
