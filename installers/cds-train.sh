#!/bin/sh
# AppCDS for a packaged Mallboard (docs/decisions/0010-installers-jpackage-appcds-smoke-test.md).
#   cds-train.sh CFG LAUNCHER    e.g. /opt/mallboard/lib/app/Mallboard.cfg /opt/mallboard/bin/Mallboard
# Runs the app's own smoke test once with -XX:ArchiveClassesAtExit, which archives every class a start-up loads into
# mallboard.jsa beside the .cfg, then points the launcher's configuration at that archive. Java 17 accepts such an
# archive only with the jars at the paths it was made with, so it is made where the app runs: by the build for the app
# image, by the .deb/.rpm install scripts at /opt/mallboard. Any failure leaves the app as it was, without the archive.
set -u
cfg=$1
launcher=$2
archive=$(dirname "$cfg")/mallboard.jsa
data=$(mktemp -d)

# Puts "java-options=OPTION" lines (in this order) right under [JavaOptions]; awk and grep, as BSD sed (macOS) differs.
add_options() {
    awk -v a="$1" -v b="${2:-}" '{ print } $0 == "[JavaOptions]" { print "java-options=" a; if (b != "") print "java-options=" b }' \
        "$cfg" >"$cfg.new" && mv "$cfg.new" "$cfg"
}
# Trained again from scratch: a stale archive or option from an earlier run must not be in the way.
rm -f "$archive"
grep -v -e 'mallboard\.jsa' -e '-Xshare:auto' "$cfg" >"$cfg.new"; mv "$cfg.new" "$cfg"
cp "$cfg" "$cfg.untrained"
# $APPDIR is the launcher's own variable for the folder holding the jars and the .cfg file.
add_options '-XX:ArchiveClassesAtExit=$APPDIR/mallboard.jsa'
if "$launcher" --smoke-test --demo-data --data-dir "$data" >"$data.log" 2>&1 && [ -s "$archive" ]; then
    mv "$cfg.untrained" "$cfg"
    # -Xshare:auto: an archive that does not match (another JVM build, moved jars) is skipped, never fatal.
    add_options '-XX:SharedArchiveFile=$APPDIR/mallboard.jsa' '-Xshare:auto'
    echo "AppCDS archive: $archive ($(du -h "$archive" | cut -f1))"
    status=0
else
    mv "$cfg.untrained" "$cfg"
    rm -f "$archive"
    tail -n 5 "$data.log" >&2
    echo "AppCDS training failed; Mallboard starts without the archive" >&2
    status=1
fi
rm -rf "$data" "$data.log"
exit $status
