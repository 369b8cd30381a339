#!/usr/bin/env bash
# A PostgreSQL server for the team-mode tests (issue 8): Debian's package, its default cluster started, and the test
# account the store suite logs in with (TestDatabases: MALLBOARD_TEST_PG_URL/USER/PASSWORD, defaults below).
# Safe to run again. Needs root (or sudo) on Debian/Ubuntu.
set -euo pipefail
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
user=${MALLBOARD_TEST_PG_USER:-mallboard_test}
password=${MALLBOARD_TEST_PG_PASSWORD:-mallboard}

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends postgresql
fi
# Containers have no init system to start it; pg_ctlcluster works with or without one.
read -r version cluster _ < <(pg_lsclusters -h | head -1)
"${as_root[@]}" pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
for _ in $(seq 1 30); do
  "${as_root[@]}" su postgres -c "pg_isready -q" && break
  sleep 1
done
# The tests create and drop their own databases and roles (the team roles), hence a superuser; it is a test server.
"${as_root[@]}" su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    CREATE ROLE $user LOGIN SUPERUSER PASSWORD '$password';
  END IF;
END \$\$;
SQL
echo "PostgreSQL $version/$cluster is running; tests log in as $user on 127.0.0.1:5432"
