#!/usr/bin/env bash
# Runs one SQL statement on the server's maintenance database through psql, from an Npgsql connection string
# (Host, Port, Username, Password): how the bench scripts create and drop their databases.
#
# usage: bench/pg-admin.sh CONNECTION SQL
set -euo pipefail
python3 - "${1:?connection string}" "${2:?SQL}" <<'PY'
import os, subprocess, sys
parts = dict(p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)
low = {k.strip().lower(): v.strip() for k, v in parts.items()}
env = dict(os.environ)
if "password" in low:
    env["PGPASSWORD"] = low["password"]
args = ["psql", "-qAt", "-v", "ON_ERROR_STOP=1", "-h", low.get("host", "localhost"), "-p", low.get("port", "5432"),
        "-U", low.get("username", low.get("user id", "postgres")), "-d", "postgres", "-c", sys.argv[2]]
sys.exit(subprocess.call(args, env=env))
PY
