# Sourced by every glassdyn script: finds a JDK 25 and exports JAVA_HOME and JAVA.
# Order: $JAVA_HOME if it is 25 or newer; else a Temurin 25 under /usr/lib/jvm (or $GLASSDYN_JVM_DIR);
# else one clear error that says what to install.
glassdyn_java_major() {  # prints the major version of the java binary given as $1
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
glassdyn_find_jdk() {
  local cand major dir
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(glassdyn_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  dir=${GLASSDYN_JVM_DIR:-/usr/lib/jvm}
  for cand in "$dir"/temurin-25* "$dir"/temurin-2[6-9]* "$dir"/jdk-25* "$dir"/java-25* ; do
    [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    major=$(glassdyn_java_major "$cand/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then echo "$cand"; return 0; fi
  done
  return 1
}
if ! GLASSDYN_JDK=$(glassdyn_find_jdk); then
  echo "glassdyn: no JDK 25 found (JAVA_HOME=${JAVA_HOME:-unset}, nothing under ${GLASSDYN_JVM_DIR:-/usr/lib/jvm}/temurin-25*). Install Temurin 25: sudo apt-get install -y temurin-25-jdk (Adoptium apt repository, https://adoptium.net/installation/linux), or set JAVA_HOME to a JDK 25." >&2
  exit 3
fi
export JAVA_HOME="$GLASSDYN_JDK"
export JAVA="$JAVA_HOME/bin/java"
export PATH="$JAVA_HOME/bin:$PATH"
