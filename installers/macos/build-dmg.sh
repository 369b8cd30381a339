#!/usr/bin/env bash
# Builds Mallboard's macOS disk image (.dmg) with jpackage. Run on a Mac from anywhere in the repository:
#   installers/macos/build-dmg.sh            (SKIP_MAVEN=1 reuses target/ as it is)
# Needs a JDK 17+ for the Mac's architecture (jpackage builds for the machine it runs on: arm64 on Apple silicon,
# x86_64 on Intel). Output: target/installers/Mallboard.app and target/installers/Mallboard-<version>.dmg.
# Unsigned: Gatekeeper asks the user to open it with right-click > Open the first time. Signing and notarisation
# (--mac-sign --mac-signing-key-user-name "Developer ID Application: ...", then xcrun notarytool) need an Apple
# developer account; see installers/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=installers/macos

# shellcheck source=../jpackage-common.sh
. installers/jpackage-common.sh
mallboard_stage_input
mallboard_use_runtime_jdk

modules=$(mallboard_modules "$input")

# The bundle's own Info.plist (resources/Info.plist) comes in through --resource-dir.
jpackage --type app-image --dest "$out" --name Mallboard --app-version "$version" --vendor "Mallboard" \
    --description "Product workflow board for multi-mall beauty commerce" \
    --input "$input" --main-jar mallboard.jar --main-class com.mallboard.app.Launcher \
    --icon "$here/mallboard.icns" --resource-dir "$here/resources" \
    --mac-package-identifier com.mallboard.app --mac-package-name Mallboard \
    "${MALLBOARD_JAVA_OPTIONS[@]}" \
    --add-modules "$modules" \
    --jlink-options "$MALLBOARD_JLINK_OPTIONS"
app="$out/Mallboard.app"

# The app must open, migrate and draw a fresh data folder before it goes into a disk image.
"$app/Contents/MacOS/Mallboard" --smoke-test --data-dir "$(mktemp -d)"

# No app-class CDS archive (installers/cds-train.sh): Java 17 only takes it with the jars at the path it was made
# with, and a user may drag the app anywhere. The runtime's base archive (--generate-cds-archive) is used.
jpackage --type dmg --app-image "$app" --dest "$out" --name Mallboard --app-version "$version" \
    --vendor "Mallboard" --resource-dir "$here/resources" --mac-package-identifier com.mallboard.app
echo "Disk image: $(ls "$out"/*.dmg)"
