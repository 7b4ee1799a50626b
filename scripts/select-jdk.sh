# Sourced by ./mvnw, ./marsad and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME when it is recent enough, else the newest JDK installed, else a clear failure.

marsad_java_major() {
    # Prints the feature version of the JDK at $1 (17, 21, 25…), or nothing.
    local home=$1 version
    [ -x "$home/bin/javac" ] || return 0
    if [ -f "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    else
        version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    version=${version#1.}
    echo "${version%%[.+-]*}"
}

marsad_select_jdk() {
    local wanted=21 best="" best_major=0 candidate major
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(marsad_java_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge "$wanted" ]; then
            export JAVA_HOME
            return 0
        fi
        echo "note: JAVA_HOME=$JAVA_HOME is not a JDK $wanted or newer; looking for another one" >&2
    fi
    for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/* \
                     "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
        [ -d "$candidate" ] || continue
        major=$(marsad_java_major "$candidate")
        [ -n "$major" ] || continue
        if [ "$major" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ "$best_major" -lt "$wanted" ]; then
        echo "error: Marsad needs a JDK $wanted or newer and found none (newest seen: ${best:-none})." >&2
        echo "       Install one and set JAVA_HOME to it." >&2
        return 1
    fi
    export JAVA_HOME=$(readlink -f "$best")
}

marsad_select_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
