# Sourced by installers/linux/build-packages.sh and installers/macos/build-dmg.sh (the Windows script repeats these
# in PowerShell): what every Mallboard package shares.

# Builds the app (unless SKIP_MAVEN=1) and puts its jar, as mallboard.jar, and its libraries in a fresh input folder.
# Sets version (from pom.xml, without -SNAPSHOT), out (where packages go) and input.
mallboard_stage_input() {
    if [ "${SKIP_MAVEN:-0}" != 1 ]; then
        # clean: target/lib must not keep a jar an earlier build needed (two logging bindings in the package).
        ./mvnw -B -q -DskipTests clean package
    fi
    version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\?</version>.*:\1:p' pom.xml | head -n1)
    out=target/installers
    input=target/installers-input
    rm -rf "$out" "$input"
    mkdir -p "$out" "$input"
    cp target/lib/*.jar "$input/"
    cp "target/mallboard-${version}"*.jar "$input/mallboard.jar"
    mallboard_stage_sqlite_library "$input"
}

# sqlite-jdbc's native library for this OS and CPU, unpacked beside the jars (the app folder, $APPDIR): the JVM
# options below point sqlite-jdbc at it, so a start loads it at once instead of writing it to the temporary folder
# and reading it back (docs/performance.md, "Cold start"). Unpacked with the JDK's jar tool, which jpackage implies.
mallboard_stage_sqlite_library() {
    local input=$1 os lib arch work jar_file
    case "$(uname -s)" in
        Linux) os=Linux lib=libsqlitejdbc.so ;;
        Darwin) os=Mac lib=libsqlitejdbc.dylib ;;
        *) echo "no prepared SQLite library for $(uname -s); sqlite-jdbc unpacks its own" >&2; return 0 ;;
    esac
    case "$(uname -m)" in
        x86_64 | amd64) arch=x86_64 ;;
        aarch64 | arm64) arch=aarch64 ;;
        *) echo "no prepared SQLite library for $(uname -m); sqlite-jdbc unpacks its own" >&2; return 0 ;;
    esac
    jar_file=$(cd "$input" && pwd)/$(cd "$input" && ls sqlite-jdbc-*.jar)
    work=$(mktemp -d)
    (cd "$work" && jar xf "$jar_file" "org/sqlite/native/$os/$arch/$lib")
    mv "$work/org/sqlite/native/$os/$arch/$lib" "$input/$lib"
    rm -rf "$work"
}

# The JDK whose jlink and jpackage make the packaged runtime: MALLBOARD_RUNTIME_JDK (a JDK's home) if set, else the one
# on PATH. Java 25 or later is what the packages are meant to carry: its AOT cache, made at install by cds-train.sh,
# keeps classes loaded and linked, and the app starts in about 1.5 s on two cores instead of 2.5 s with Java 17 and
# AppCDS (docs/performance.md, "Cold start"; docs/decisions/0019-java-25-runtime-aot-cache.md). Call after the Maven
# build, which stays on the JDK Maven runs on. Sets runtime_feature (17, 25, ...) and adds the options that runtime needs.
mallboard_use_runtime_jdk() {
    if [ -n "${MALLBOARD_RUNTIME_JDK:-}" ]; then
        PATH="$MALLBOARD_RUNTIME_JDK/bin:$PATH"
    fi
    runtime_feature=$(jpackage --version | cut -d. -f1)
    if [ "$runtime_feature" -lt 25 ]; then
        echo "Packaging a Java $runtime_feature runtime; with a Java 25 JDK (MALLBOARD_RUNTIME_JDK) the app starts faster" >&2
    fi
    if [ "$runtime_feature" -ge 24 ]; then
        # JavaFX 21 and sqlite-jdbc load native code through JNI, and JavaFX's Marlin renderer uses sun.misc.Unsafe's
        # memory access: Java 24+ warns about both on every start unless told the app means it.
        MALLBOARD_JAVA_OPTIONS+=(--java-options "--enable-native-access=ALL-UNNAMED"
            --java-options "--sun-misc-unsafe-memory-access=allow")
    fi
}

# The JDK modules the app needs, from jdeps, plus what jdeps cannot see: Korean locale data, the EUC-KR/MS949
# charsets used by Korean spreadsheets and couriers, JNDI (used by logging config lookups) and crypto.
mallboard_modules() {
    local input=$1 found
    found=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
        --class-path "$input/*" "$input/mallboard.jar" 2>/dev/null)
    echo "${found},jdk.localedata,jdk.charsets,java.naming,java.logging,jdk.crypto.ec"
}

# -Xmx512m: a 100,000-product board holds ~140 MB of live heap and an export of all of it peaks at ~430 MB of heap
# under this limit; without one the JVM grows to a quarter of RAM (docs/performance.md, "The app's heap limit").
# -XX:TieredStopAtLevel=1 is not set: C2 pays for itself on boards with thousands of cards.
# org.sqlite.lib.path: the SQLite library staged by mallboard_stage_sqlite_library ($APPDIR is the launcher's own
# variable for the app folder; a missing or unloadable library makes sqlite-jdbc unpack its own as before).
MALLBOARD_JAVA_OPTIONS=(--java-options "-Dfile.encoding=UTF-8" --java-options "-Xmx512m"
    --java-options '-Dorg.sqlite.lib.path=$APPDIR')

# --generate-cds-archive gives the trimmed runtime its own base CDS archive (the JDK's classes); the app's classes
# go into a second, dynamic archive made by installers/cds-train.sh.
MALLBOARD_JLINK_OPTIONS="--strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive"
