#!/usr/bin/env bash
# Builds Mallboard's Linux packages with jpackage (JDK 17+; fakeroot for the .deb, rpmbuild for the .rpm):
#   installers/linux/build-packages.sh             -> app image, .deb, and .rpm when rpmbuild is installed
#   installers/linux/build-packages.sh app-image   -> only the app image (no fakeroot needed)
#   installers/linux/build-packages.sh deb|rpm     -> the app image and that one package
# Output in target/installers/: Mallboard/ (app image), mallboard_<version>-1_amd64.deb,
# mallboard-<version>-1.x86_64.rpm.
# SKIP_MAVEN=1 reuses target/ as it is (the Maven profile -Pinstaller sets it); CDS=0 leaves out the app image's AppCDS
# archive (the packages make theirs at install anyway); JPACKAGE_TEMP=DIR keeps jpackage's work files for a look.
set -euo pipefail
cd "$(dirname "$0")/../.."
kinds=${1:-all}
here=installers/linux

# shellcheck source=../jpackage-common.sh
. installers/jpackage-common.sh
mallboard_stage_input
mallboard_use_runtime_jdk
# The JIT compiler threads yield the CPU to the app's own (nice 10; decision 0020): on two cores they otherwise hold
# the JavaFX thread off the CPU for ~0.35 s of its first second. HotSpot sets thread priorities on Linux only under
# ThreadPriorityPolicy=1, and warns at every start when that flag comes from the command line; from the runtime image
# (jlink --add-options) it does not. Raising a thread's nice value needs no privilege.
MALLBOARD_JLINK_OPTIONS+=" --add-options=-XX:ThreadPriorityPolicy=1"
MALLBOARD_JAVA_OPTIONS+=(--java-options "-XX:CompilerThreadPriority=10")
# Run by the .deb/.rpm install scripts (resources/postinst, resources/mallboard.spec) to make the start-up class data.
cp installers/cds-train.sh "$input/"

# Shared with the Windows and macOS scripts: the JDK modules (jdeps plus what it cannot see) and the JVM options.
modules=$(mallboard_modules "$input")

jpackage --type app-image --dest "$out" --name Mallboard --app-version "$version" --vendor "Mallboard" \
    --description "Product workflow board for multi-mall beauty commerce" \
    --input "$input" --main-jar mallboard.jar --main-class com.mallboard.app.Launcher \
    --icon "$here/mallboard.png" \
    "${MALLBOARD_JAVA_OPTIONS[@]}" \
    --add-modules "$modules" \
    --jlink-options "$MALLBOARD_JLINK_OPTIONS"
image="$out/Mallboard"
# Our launcher script replaces jpackage's, which asks rpm and dpkg at every start which package owns it (decision 0021).
# The runtime keeps its java command: the jlink options leave out --strip-native-commands.
[ -x "$image/lib/runtime/bin/java" ] || { echo "the packaged runtime has no bin/java for installers/linux/Mallboard.sh" >&2; exit 1; }
cp "$here/Mallboard.sh" "$image/bin/Mallboard"
chmod 755 "$image/bin/Mallboard"

# The packages wrap the app image built above, before its AppCDS training: an archive is only good at the path it was
# made at, so the packages make theirs when installed (/opt/mallboard), and the app image below for target/.
# The install scripts in resources/ are jpackage 25's templates; jpackage 17 fills in other placeholders for the same
# shell functions (UTILITY_SCRIPTS for COMMON_SCRIPTS and DESKTOP_SCRIPTS), and leaves a name it does not know in the
# script, where it fails as a command.
resources=$out/resources
cp -r "$here/resources" "$resources"
if [ "$runtime_feature" -lt 25 ]; then
    sed -i -e 's/^COMMON_SCRIPTS$/UTILITY_SCRIPTS/' -e '/^DESKTOP_SCRIPTS$/d' "$resources/prerm" "$resources/mallboard.spec"
fi
package() {
    jpackage --type "$1" --app-image "$image" --dest "$out" --name Mallboard --app-version "$version" \
        --vendor "Mallboard" --description "Product workflow board for multi-mall beauty commerce" \
        --icon "$here/mallboard.png" --resource-dir "$resources" \
        --linux-package-name mallboard --linux-menu-group Office --linux-shortcut --linux-app-category "$2" \
        --linux-package-deps "$3" ${JPACKAGE_TEMP:+--temp "$JPACKAGE_TEMP/$1"}
}
if [ "$kinds" = all ] || [ "$kinds" = deb ]; then
    # jpackage's automatic dependencies miss GTK, which JavaFX's glass needs on a desktop.
    package deb office libgtk-3-0
    echo "Debian package: $(ls "$out"/*.deb)"
fi
if [ "$kinds" = rpm ] || { [ "$kinds" = all ] && command -v rpmbuild >/dev/null; }; then
    package rpm Office/Productivity gtk3
    echo "RPM package: $(ls "$out"/*.rpm)"
elif [ "$kinds" = all ]; then
    echo "No .rpm: rpmbuild is missing (Debian: apt-get install rpm)"
fi

if [ "${CDS:-1}" = 1 ]; then
    sh installers/cds-train.sh "$image/lib/app/Mallboard.cfg" "$image/bin/Mallboard"
fi
echo "App image: $image (run $image/bin/Mallboard; $image/bin/Mallboard --smoke-test checks it)"
