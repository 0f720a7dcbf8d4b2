using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Intake;

/// <summary>Writes the contract's JSON: camelCase, dates YYYY-MM-DD, absent values omitted, <c>hightechField: null</c> for "none".</summary>
internal static class DossierJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Write(Stream output, Dossier dossier)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("schema", Dossier.Schema);
        w.WriteStartArray("enterprises");
        foreach (var e in dossier.Enterprises) Enterprise(w, e);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Enterprise(Utf8JsonWriter w, DossierEnterprise e)
    {
        w.WriteStartObject();
        w.WriteString("uscc", e.Uscc);
        w.WriteString("name", e.Name);
        Date(w, "registeredOn", e.RegisteredOn);
        w.WriteString("jurisdiction", e.Jurisdiction);
        if (e.HightechField == HightechFields.None) w.WriteNull("hightechField");
        else Text(w, "hightechField", e.HightechField);
        Text(w, "industryCode", e.IndustryCode);
        Text(w, "contactName", e.ContactName);
        Text(w, "contactPhone", e.ContactPhone);
        Text(w, "contactEmail", e.ContactEmail);
        Text(w, "address", e.Address);
        Array(w, "years", e.Years, (w, y) =>
        {
            w.WriteNumber("year", y.Year);
            Number(w, "salesRevenue", y.SalesRevenue); Number(w, "totalIncome", y.TotalIncome);
            Number(w, "hightechIncome", y.HightechIncome); Number(w, "rdExpense", y.RdExpense);
            Number(w, "rdExpenseDomestic", y.RdExpenseDomestic); Number(w, "totalCostAndExpense", y.TotalCostAndExpense);
            Number(w, "netAssets", y.NetAssets); Number(w, "totalAssets", y.TotalAssets);
            Number(w, "employees", y.Employees); Number(w, "techStaff", y.TechStaff);
            Number(w, "incomeTax", y.IncomeTax); Number(w, "conversions", y.Conversions);
        });
        Array(w, "ip", e.Ip, (w, i) =>
        {
            w.WriteString("kind", i.Kind); w.WriteString("number", i.Number); Text(w, "title", i.Title);
            w.WriteString("status", i.Status); Date(w, "grantedOn", i.GrantedOn); w.WriteString("acquisition", i.Acquisition);
            Number(w, "usedInHnteYear", i.UsedInHnteYear);
            if (i.Disputed is { } d) w.WriteBoolean("disputed", d);
        });
        Array(w, "qualifications", e.Qualifications, (w, q) =>
        {
            w.WriteString("kind", q.Kind); w.WriteString("number", q.Number);
            Date(w, "issuedOn", q.IssuedOn); Date(w, "expiresOn", q.ExpiresOn);
        });
        Array(w, "incidents", e.Incidents, (w, i) => { Date(w, "date", i.Date); w.WriteString("kind", i.Kind); });
        Array(w, "standards", e.Standards, (w, s) =>
        {
            w.WriteString("level", s.Level); w.WriteString("role", s.Role); w.WriteNumber("year", s.Year);
        });
        Array(w, "awards", e.Awards, (w, a) =>
        {
            w.WriteString("level", a.Level); w.WriteNumber("rank", a.Rank); w.WriteNumber("year", a.Year);
        });
        Array(w, "rdInstitutions", e.RdInstitutions, (w, r) =>
        {
            w.WriteString("level", r.Level); w.WriteString("name", r.Name); Date(w, "recognizedOn", r.RecognizedOn);
        });
        if (e.SelfAssessment is { } sa)
        {
            w.WriteStartObject("selfAssessment");
            Text(w, "techAdvancement", sa.TechAdvancement);
            Text(w, "coreSupport", sa.CoreSupport);
            if (sa.RdManagement is { } rd)
            {
                w.WriteStartObject("rdManagement");
                Number(w, "system", rd.System); Number(w, "institution", rd.Institution);
                Number(w, "conversionIncentive", rd.ConversionIncentive); Number(w, "talent", rd.Talent);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> body)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            body(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
    }

    /// <summary>Money without trailing zeros (12.50 → 12.5).</summary>
    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, v / 1.000000000000000000000000000000000m);
    }
}
