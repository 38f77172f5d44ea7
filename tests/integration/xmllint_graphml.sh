#!/usr/bin/env bash
# xmllint accepts kgb's GraphML as well-formed XML, and validates it against the GraphML
# XSD when one is installed on this machine (nothing is downloaded).
source "$(dirname "$0")/common.bash"
require xmllint

"$KGB" convert "$EXAMPLE" "$WORK/example.graphml"
write_tricky_graph "$WORK/tricky.json"
"$KGB" convert "$WORK/tricky.json" "$WORK/tricky.graphml"
for file in "$WORK/example.graphml" "$WORK/tricky.graphml"; do
  xmllint --noout --nonet "$file" || fail "xmllint rejects $file"
done

xsd=$(find /usr/share/xml /usr/share/sgml /usr/local/share -iname 'graphml*.xsd' 2>/dev/null | head -n 1 || true)
if [ -n "$xsd" ]; then
  for file in "$WORK/example.graphml" "$WORK/tricky.graphml"; do
    xmllint --noout --nonet --schema "$xsd" "$file" || fail "$file is not valid against $xsd"
  done
  echo "ok: well-formed and valid against $xsd"
else
  echo "ok: well-formed (no GraphML XSD installed locally, schema validation not run)"
fi
