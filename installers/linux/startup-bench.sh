#!/usr/bin/env bash
# Cold-start benchmark: starts Mallboard RUNS times on a display and prints each run's "board visible" time (process
# start to the first frame after the board has loaded every card, from the app's own --startup-timing=exit) and the
# median. The data folder gets the demo catalogue first, so the board has cards to draw.
#   installers/linux/startup-bench.sh RUNS [COMMAND...]
#   installers/linux/startup-bench.sh 7                                   the app image in target/installers
#   installers/linux/startup-bench.sh 7 /opt/mallboard/bin/Mallboard      the installed .deb
#   installers/linux/startup-bench.sh 7 java -Xmx512m -cp "target/mallboard-0.1.0-SNAPSHOT.jar:target/lib/*" \
#       com.mallboard.app.Launcher                                        what ./mvnw javafx:run starts
# Needs a display: DISPLAY set, or xvfb-run (apt-get install xvfb) and a new virtual screen per run.
set -euo pipefail
runs=${1:?RUNS}
shift
command=("$@")
[ ${#command[@]} -gt 0 ] || command=(target/installers/Mallboard/bin/Mallboard)
data=$(mktemp -d)
"${command[@]}" --smoke-test --demo-data --data-dir "$data" >/dev/null 2>&1
times=()
for _ in $(seq "$runs"); do
    if [ -n "${DISPLAY:-}" ]; then
        line=$("${command[@]}" --startup-timing=exit --data-dir "$data" 2>/dev/null | grep '^startup:')
    else
        line=$(xvfb-run -a -s "-screen 0 1920x1200x24" "${command[@]}" --startup-timing=exit --data-dir "$data" \
            2>/dev/null | grep '^startup:')
    fi
    echo "$line"
    times+=("$(sed 's/startup: board visible \([0-9]*\) ms.*/\1/' <<<"$line")")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "median: $(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted") ms of $runs runs (min $(head -n1 <<<"$sorted"), max $(tail -n1 <<<"$sorted"))"
rm -rf "$data"
