namespace Seedbed.Web.Components.Pages.Checkup;

/// <summary>
/// The report's print stylesheet, inlined so that the HTML printed by Chromium is self-contained. A TrueType CJK font
/// first (WenQuanYi Zen Hei: Chromium embeds a CID TrueType subset; Noto CJK would become Type 3 fonts).
/// </summary>
public static class ReportCss
{
    public const string Text = """
        @page { size: A4; margin: 15mm 12mm; }
        html, body { margin: 0; background: #fff; }
        .report { font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 10pt; color: #000; line-height: 1.45; max-width: 186mm; margin: 0 auto; }
        @media screen { .report { padding: 12mm; } }
        .report-actions { text-align: right; font-size: 10pt; } .report-actions > * { margin-left: 4mm; }
        @media print { .report-actions { display: none; } }
        .report h1 { text-align: center; font-size: 18pt; margin: 0 0 6mm; letter-spacing: 2px; }
        .report h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-left: 3pt solid #1677ff; padding-left: 2mm; }
        .report h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; }
        .report h2, .report h3 { break-after: avoid; page-break-after: avoid; }
        .report table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 2mm; }
        .report th, .report td { border: 0.5pt solid #777; padding: 1.2mm 1.5mm; vertical-align: top; word-break: break-all; overflow-wrap: anywhere; text-align: left; }
        .report th { background: #f0f0f0; font-weight: 600; }
        .report thead { display: table-header-group; }
        .report tr { break-inside: avoid; page-break-inside: avoid; }
        .report .profile th { width: 22mm; }
        .report .num { text-align: right; }
        .report .w-label { width: 30mm; } .report .w-status { width: 16mm; } .report .w-num { width: 19mm; } .report .w-cite { width: 22mm; } .report .w-cite2 { width: 38mm; }
        .report .tag { display: inline-block; white-space: nowrap; border: 0.5pt solid; border-radius: 2px; padding: 0 1.5mm; font-size: 9pt; margin-right: 1mm; }
        .report .tag.pass { color: #237804; border-color: #237804; } .report .tag.fail { color: #a8071a; border-color: #a8071a; }
        .report .tag.undetermined { color: #ad4e00; border-color: #ad4e00; } .report .tag.direct { color: #0958d9; border-color: #0958d9; }
        .report ul { margin: 1mm 0 2mm; padding-left: 6mm; }
        .report section.ruleset { break-before: auto; }
        .report .footer { margin-top: 8mm; border-top: 0.5pt solid #777; padding-top: 2mm; font-size: 9pt; break-inside: avoid; }
        .report .footer p { margin: 1mm 0; }
        .report .signature { display: flex; justify-content: space-between; margin-top: 10mm; font-size: 10.5pt; }
        .score-range { margin: 2mm 0 3mm; }
        .score-range-track { position: relative; height: 14px; background: #f0f0f0; border: 1px solid #d9d9d9; margin: 20px 0 4px; }
        .score-range-fill { position: absolute; top: 0; bottom: 0; background: #faad14; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .score-range-fill.pass { background: #52c41a; } .score-range-fill.fail { background: #ff4d4f; }
        .score-range-pass { position: absolute; top: -18px; bottom: -3px; border-left: 2px dashed #000; }
        .score-range-pass span { position: absolute; top: -2px; left: 3px; font-size: 11px; white-space: nowrap; }
        .score-range-text { font-size: 12px; }
        """;
}
