#!/bin/sh
# Regenerates the LibreOffice-made workbook fixture from its hand-written flat ODS source.
# Needs LibreOffice (soffice); tests never run this, they use the committed .xlsx.
set -e
cd "$(dirname "$0")"
soffice --headless --convert-to xlsx --outdir . intake-libreoffice.fods

# The sample certificate list (title row, header variants, every row status) from its generator script:
# cp certifications-hnte-list.gen.cs.txt /tmp/gen.cs && dotnet run /tmp/gen.cs -- "$PWD/certifications-hnte-list.xlsx"
