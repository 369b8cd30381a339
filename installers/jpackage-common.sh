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
MALLBOARD_JAVA_OPTIONS=(--java-options "-Dfile.encoding=UTF-8" --java-options "-Xmx512m")

# --generate-cds-archive gives the trimmed runtime its own base CDS archive (the JDK's classes); the app's classes
# go into a second, dynamic archive made by installers/cds-train.sh.
MALLBOARD_JLINK_OPTIONS="--strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive"
