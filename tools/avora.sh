#!/usr/bin/env bash
# Avora CRM developer entry point: `tools/avora.sh setup|run|test|lint`.
# The Makefile wraps it; every step prints what it does and stops with a
# message that names what is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ODOO_SRC=${ODOO_SRC:-/opt/odoo-19.0}
ODOO_BRANCH=19.0
ODOO_GIT_URL=${ODOO_GIT_URL:-https://github.com/odoo/odoo.git}
VENV=${AVORA_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}
DB_NAME=${AVORA_DB:-avora}
HTTP_PORT=${AVORA_HTTP_PORT:-8069}
# Every Avora addon, in dependency order.
AVORA_ADDONS=avora_notify,avora_crm,avora_tasks,avora_projects,avora_calendar,avora_stock

step_no=0
step() { step_no=$((step_no + 1)); printf '\n==> [%d] %s\n' "$step_no" "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

as_postgres() {
    # Runs a command as the `postgres` system user (cluster owner).
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    elif command -v sudo >/dev/null; then
        sudo -u postgres "$@"
    else
        die "Cannot act as the 'postgres' user (no root, no sudo). Run: sudo -u postgres $*"
    fi
}

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        die "This step needs root: $*"
    fi
}

check_python() {
    step "Checking Python"
    command -v "$PYTHON" >/dev/null || die "No '$PYTHON' found. Install Python 3.10 or newer (apt-get install python3 python3-venv) or set PYTHON=/path/to/python3."
    "$PYTHON" - <<'PY' || die "Python 3.10 or newer is required; '$PYTHON' is $("$PYTHON" -V 2>&1). Set PYTHON=/path/to/python3.10+."
import sys
sys.exit(0 if sys.version_info >= (3, 10) else 1)
PY
    "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || die "The Python venv module is missing. On Debian/Ubuntu: apt-get install python3-venv"
    info "$("$PYTHON" -V 2>&1) at $(command -v "$PYTHON")"
}

check_odoo_src() {
    step "Locating the Odoo 19.0 Community source (ODOO_SRC=$ODOO_SRC)"
    if [ ! -f "$ODOO_SRC/odoo/release.py" ]; then
        if command -v git >/dev/null && git ls-remote --heads "$ODOO_GIT_URL" "$ODOO_BRANCH" >/dev/null 2>&1; then
            info "Not found; cloning branch $ODOO_BRANCH of $ODOO_GIT_URL (shallow)"
            mkdir -p "$(dirname "$ODOO_SRC")"
            git clone --depth 1 --branch "$ODOO_BRANCH" "$ODOO_GIT_URL" "$ODOO_SRC"
        else
            die "No Odoo source at $ODOO_SRC and the official repository is not reachable.
       Put the Odoo 19.0 Community source tree there (it must contain odoo-bin, odoo/, addons/,
       requirements.txt), or point ODOO_SRC at it: ODOO_SRC=/path/to/odoo make run"
        fi
    fi
    [ -d "$ODOO_SRC/addons" ] && [ -f "$ODOO_SRC/requirements.txt" ] || die "$ODOO_SRC is not an Odoo source tree (addons/ or requirements.txt missing)."
    grep -q "^version_info = (19, 0," "$ODOO_SRC/odoo/release.py" || die "$ODOO_SRC is not Odoo 19.0: $(grep '^version_info' "$ODOO_SRC/odoo/release.py")"
    if [ -d "$ODOO_SRC/odoo/enterprise" ] || [ -d "$ODOO_SRC/enterprise" ]; then
        die "$ODOO_SRC contains an 'enterprise' folder. Avora CRM runs on Odoo Community only: remove it."
    fi
    info "Odoo 19.0 found"
}

setup_venv() {
    step "Python environment ($VENV)"
    local stamp_file="$VENV/.avora-stamp" stamp odoo_req
    stamp=$( { "$PYTHON" -V 2>&1; echo "$ODOO_SRC"; cat "$ODOO_SRC/requirements.txt" "$ROOT/requirements.txt" "$ROOT/requirements-dev.txt"; } | sha256sum | cut -d' ' -f1)
    if [ -x "$VENV/bin/odoo" ] && [ "$(cat "$stamp_file" 2>/dev/null)" = "$stamp" ]; then
        info "Up to date"
        return
    fi
    [ -d "$VENV" ] || "$PYTHON" -m venv "$VENV"
    local pip=("$VENV/bin/python" -m pip --disable-pip-version-check -q)
    info "Upgrading pip and build tools"
    # The venv's old pip makes the generated odoo script die on lxml_html_clean.
    "${pip[@]}" install --upgrade pip
    "${pip[@]}" install "setuptools<70" wheel "setuptools_scm<8" cython
    info "Installing Odoo's pinned requirements (a few minutes the first time)"
    odoo_req="$VENV/odoo-requirements.txt"
    # python-ldap needs LDAP headers and only serves the optional auth_ldap.
    grep -v '^python-ldap' "$ODOO_SRC/requirements.txt" >"$odoo_req"
    "${pip[@]}" install --no-build-isolation -r "$odoo_req"
    info "Installing Odoo from $ODOO_SRC (editable)"
    "${pip[@]}" install --no-build-isolation --no-deps -e "$ODOO_SRC"
    info "Installing Avora's requirements (OCA addons, test and lint tools)"
    # Odoo's pins constrain what the OCA wheels pull in (lxml above all).
    "${pip[@]}" install -r "$ROOT/requirements-dev.txt" -c "$odoo_req"
    echo "$stamp" >"$stamp_file"
}

ensure_postgres() {
    step "PostgreSQL"
    command -v psql >/dev/null || die "PostgreSQL is not installed (no psql). On Debian/Ubuntu: apt-get install postgresql"
    if ! pg_isready -q 2>/dev/null; then
        command -v pg_lsclusters >/dev/null || die "PostgreSQL is not running and this is not a Debian-style install. Start it, then run again."
        local started=0 ver name port status
        while read -r ver name port status _; do
            [ "$status" = down ] || continue
            info "Starting cluster $ver/$name (port $port)"
            as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start
            started=1
        done < <(pg_lsclusters --no-header)
        [ "$started" = 1 ] || [ -n "$(pg_lsclusters --no-header)" ] || die "PostgreSQL is installed but has no cluster. Create one: pg_createcluster --start <version> main"
        for _ in $(seq 30); do pg_isready -q && break; sleep 1; done
        pg_isready -q || die "PostgreSQL did not become ready; see /var/log/postgresql/."
    fi
    local me
    me=$(id -un)
    [ "$me" != postgres ] || die "Odoo refuses to run as the 'postgres' database role. Run as another user."
    if ! psql -d postgres -tAc 'select 1' >/dev/null 2>&1; then
        info "Creating the database role '$me'"
        as_postgres createuser --superuser "$me"
    fi
    info "Ready ($(psql -d postgres -tAc 'show server_version'))"
}

# odoo.conf carries the settings; Odoo's own addons come from ODOO_SRC.
ODOO=("$VENV/bin/odoo" -c "$ROOT/odoo.conf" --addons-path="$ODOO_SRC/addons,$ROOT/addons")

odoo_cmd() {
    cd "$ROOT"
    "${ODOO[@]}" "$@"
}

setup_python_env() {
    check_python
    check_odoo_src
    setup_venv
}

setup() {
    setup_python_env
    ensure_postgres
}

cmd_run() {
    setup
    step "Database '$DB_NAME' with the Avora addons, Hungarian and demo data"
    if psql -d postgres -tAc "select 1 from pg_database where datname = '$DB_NAME'" | grep -q 1; then
        info "Exists: installing any Avora addon it lacks"
    else
        info "Creating it (a few minutes the first time)"
    fi
    odoo_cmd -d "$DB_NAME" -i "$AVORA_ADDONS" --with-demo --load-language=hu_HU --stop-after-init
    step "Serving Avora CRM on http://localhost:$HTTP_PORT (login admin / admin), Ctrl+C to stop"
    odoo_cmd -d "$DB_NAME" --http-port="$HTTP_PORT" "$@"
}

ensure_chromium() {
    step "Headless Chromium for the browser tours"
    if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null && ! command -v google-chrome >/dev/null; then
        command -v apt-get >/dev/null || die "No Chromium found. Install Chromium (or Google Chrome) for the browser tours."
        info "Installing Debian's chromium"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
    "$VENV/bin/python" -c 'import websocket' 2>/dev/null || die "websocket-client is missing from $VENV: tours would be skipped. Remove $VENV/.avora-stamp and run again."
    info "$( (chromium --version || chromium-browser --version || google-chrome --version) 2>/dev/null | head -1)"
}

cmd_test() {
    setup
    ensure_chromium
    local addons=${ADDONS:-$AVORA_ADDONS}
    local tags=${TEST:-$(echo "$addons" | sed 's/\(^\|,\)/\1\//g')}
    local db="avora_test_$(date +%Y%m%d%H%M%S)_$$"
    step "Testing $addons (tags $tags) in the throwaway database $db"
    cd "$ROOT"
    set +e
    "$VENV/bin/python" "$ROOT/tools/run_tests.py" --db "$db" --addons "$addons" --tags "$tags" \
        --keep-db="${KEEP_DB:-0}" -- "${ODOO[@]}" \
        --http-port="${AVORA_TEST_HTTP_PORT:-8269}" --max-cron-threads=0
    local rc=$?
    set -e
    return $rc
}

cmd_lint() {
    setup_python_env
    step "Lint (pre-commit: ruff, ruff-format, pylint-odoo mandatory checks)"
    cd "$ROOT"
    PATH="$VENV/bin:$PATH" "$VENV/bin/pre-commit" run --all-files --show-diff-on-failure
}

case "${1:-}" in
    setup) setup ;;
    run) shift; cmd_run "$@" ;;
    test) cmd_test ;;
    lint) cmd_lint ;;
    *) echo "usage: $0 setup|run|test|lint" >&2; exit 2 ;;
esac
