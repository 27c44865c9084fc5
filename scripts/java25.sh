# Sourced by run.sh, .ci/run and bench/run.sh: puts a Java 25 JDK first, or says what to install.
# Looks at JAVA_HOME, then at the java on the PATH, then at the JDKs installed under
# /usr/lib/jvm (Debian, Ubuntu), /usr/java and /opt.
GLOBALLOKAL_JAVA_FEATURE=25

java_feature_of() { # a java binary -> its feature release (17, 21, 25 ...), or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_java25() {
  local candidate
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /usr/java/* /opt/*jdk* /opt/java/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_feature_of "$candidate/bin/java")" = "$GLOBALLOKAL_JAVA_FEATURE" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if found_java_home="$(find_java25)"; then
  export JAVA_HOME="$found_java_home"
  export PATH="$JAVA_HOME/bin:$PATH"
  unset found_java_home
else
  echo "GlobalLokal needs a Java 25 JDK: install one (for example Eclipse Temurin 25) and point JAVA_HOME at it." >&2
  return 1 2>/dev/null || exit 1
fi
