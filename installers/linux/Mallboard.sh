#!/bin/bash
# Mallboard's launcher in the Linux packages, in place of jpackage's (decision 0021). It starts the packaged Java
# runtime with the class path, main class and JVM options of jpackage's own configuration, lib/app/Mallboard.cfg (which
# installers/cds-train.sh extends at install), exactly as jpackage's launcher reads it. What it leaves out: jpackage's
# launcher asks rpm and then dpkg at every start which package owns it (rpm -qf, dpkg -S, dpkg -L: ~0.14 s of a start
# on two cores, more on a desktop with thousands of packages, docs/performance.md "Cold start").
self=$(readlink -f "$0")
root=${self%/bin/*}
app=$root/lib/app
classpath=
main=
options=()
while IFS= read -r line || [ -n "$line" ]; do
    line=${line//\$APPDIR/$app}
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done <"$app/Mallboard.cfg"
exec "$root/lib/runtime/bin/java" "${options[@]}" -cp "$classpath" "$main" "$@"
