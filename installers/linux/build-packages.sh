#!/usr/bin/env bash
# Builds the Linux app image and .deb with jpackage (JDK 17+, fakeroot for the .deb):
#   installers/linux/build-packages.sh            -> target/installers/Mallboard (app image) and mallboard_*.deb
#   installers/linux/build-packages.sh app-image  -> only the app image (no fakeroot needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
kinds=${1:-all}

./mvnw -B -q -DskipTests package

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\?</version>.*:\1:p' pom.xml | head -n1)
out=target/installers
input=target/installers-input
rm -rf "$out" "$input"
mkdir -p "$out" "$input"
cp target/lib/*.jar "$input/"
cp "target/mallboard-${version}"*.jar "$input/mallboard.jar"

# The JDK modules the app needs, from jdeps, plus what jdeps cannot see: Korean locale data, the EUC-KR/MS949
# charsets used by Korean spreadsheets and couriers, JNDI (used by logging config lookups) and crypto.
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$input/*" "$input/mallboard.jar" 2>/dev/null)
modules="${modules},jdk.localedata,jdk.charsets,java.naming,java.logging,jdk.crypto.ec"

# -Xmx512m: a 100,000-product board holds ~140 MB of live heap and an export of all of it peaks at ~430 MB of heap
# under this limit; without one the JVM grows to a quarter of RAM (docs/performance.md, "The app's heap limit").
common=(--name Mallboard --app-version "$version" --vendor "Mallboard"
    --input "$input" --main-jar mallboard.jar --main-class com.mallboard.app.Launcher
    --icon resources/icons/mallboard.png
    --java-options "-Dfile.encoding=UTF-8"
    --java-options "-Xmx512m"
    --add-modules "$modules"
    --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2")

jpackage --type app-image --dest "$out" "${common[@]}"
echo "App image: $out/Mallboard (run $out/Mallboard/bin/Mallboard)"

if [ "$kinds" = "all" ]; then
    jpackage --type deb --dest "$out" "${common[@]}" \
        --description "Product workflow board for multi-mall beauty commerce" \
        --linux-package-name mallboard --linux-menu-group Office --linux-shortcut \
        --linux-app-category office --linux-package-deps libgtk-3-0
    echo "Debian package: $(ls "$out"/*.deb)"
fi
