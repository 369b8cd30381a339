#!/bin/sh
# Class data for a packaged Mallboard's start (docs/decisions/0010-installers-jpackage-appcds-smoke-test.md, 0019).
#   cds-train.sh CFG LAUNCHER    e.g. /opt/mallboard/lib/app/Mallboard.cfg /opt/mallboard/bin/Mallboard
# Runs the app's own smoke test once to see what a start loads, then points the launcher's configuration at the result:
#   - Java 25 or later: an AOT cache, mallboard.aot (JEP 483/515: classes loaded, linked, and the methods' profiles),
#     recorded by one run and made by a second (AOTMode record, then create): the one-step AOTCacheOutput starts a
#     second JVM from the runtime's java command, which a jpackage runtime need not have (macOS, Windows);
#   - Java 17: an AppCDS archive, mallboard.jsa (-XX:ArchiveClassesAtExit: classes loaded and verified).
# Either is accepted only with the jars at the paths it was made with, so it is made where the app runs: by the build
# for the app image, by the .deb/.rpm install scripts at /opt/mallboard. Any failure leaves the app as it was, without.
set -u
cfg=$1
launcher=$2
app=$(dirname "$cfg")
data=$(mktemp -d)
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$app/../runtime/release" 2>/dev/null)

# Puts "java-options=OPTION" lines (in this order) right under [JavaOptions]; awk and grep, as BSD sed (macOS) differs.
add_options() {
    awk -v a="$1" -v b="${2:-}" '{ print } $0 == "[JavaOptions]" { print "java-options=" a; if (b != "") print "java-options=" b }' \
        "$cfg" >"$cfg.new" && mv "$cfg.new" "$cfg"
}
# Trained again from scratch: a stale archive or option from an earlier run must not be in the way.
rm -f "$app/mallboard.jsa" "$app/mallboard.aot" "$app/mallboard.aotconf"
grep -v -e 'mallboard\.jsa' -e 'mallboard\.aot' -e '-Xshare:auto' "$cfg" >"$cfg.new"; mv "$cfg.new" "$cfg"

# The launcher reads JAVA_TOOL_OPTIONS like any JVM; the training options go no further than these runs.
smoke_test() {
    JAVA_TOOL_OPTIONS="$1" "$launcher" --smoke-test --demo-data --data-dir "$data" >>"$data.log" 2>&1
}
if [ "${feature:-17}" -ge 25 ]; then
    archive=$app/mallboard.aot
    smoke_test "-XX:AOTMode=record -XX:AOTConfiguration=$app/mallboard.aotconf" \
        && smoke_test "-XX:AOTMode=create -XX:AOTConfiguration=$app/mallboard.aotconf -XX:AOTCache=$archive" \
        && [ -s "$archive" ]
    trained=$?
    rm -f "$app/mallboard.aotconf"
    # $APPDIR is the launcher's own variable for the folder holding the jars and the .cfg file. A cache that does not
    # match (another JVM build, moved jars) is skipped, never fatal (AOTMode auto, the default).
    [ $trained -eq 0 ] && add_options '-XX:AOTCache=$APPDIR/mallboard.aot'
else
    archive=$app/mallboard.jsa
    cp "$cfg" "$cfg.untrained"
    add_options '-XX:ArchiveClassesAtExit=$APPDIR/mallboard.jsa'
    smoke_test "" && [ -s "$archive" ]
    trained=$?
    mv "$cfg.untrained" "$cfg"
    # -Xshare:auto: an archive that does not match (another JVM build, moved jars) is skipped, never fatal.
    [ $trained -eq 0 ] && add_options '-XX:SharedArchiveFile=$APPDIR/mallboard.jsa' '-Xshare:auto'
fi
if [ $trained -eq 0 ]; then
    echo "Class data for start-up (Java ${feature:-17}): $archive ($(du -h "$archive" | cut -f1))"
    status=0
else
    rm -f "$archive"
    tail -n 5 "$data.log" >&2
    echo "Class data training failed; Mallboard starts without it" >&2
    status=1
fi
rm -rf "$data" "$data.log"
exit $status
