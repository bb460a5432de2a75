#!/usr/bin/env bash
# Health probe for the containers of docker-compose.yml and app/Dockerfile.
#   http-ok.sh PORT PATH  -> exit 0 if and only if GET http://127.0.0.1:PORT PATH answers "200".
# Pure bash (/dev/tcp): the Keycloak (ubi-micro), Zeebe and JRE images do not all ship curl or wget.
# Redirects count as failure on purpose: Zeebe's /ready only redirects (301) to /actuator/health/readiness,
# so a probe that accepted 3xx would report "ready" before the broker is.
set -u
port="${1:?usage: http-ok.sh PORT PATH}"
path="${2:?usage: http-ok.sh PORT PATH}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS=' ' read -r -t 5 _ status _ <&3 || exit 1
while IFS= read -r -t 5 _ <&3; do :; done   # drain the rest so the server is not reset mid-write
exec 3<&- 3>&-
[ "${status%$'\r'}" = "200" ]
