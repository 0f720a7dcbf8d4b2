using System.Globalization;
using System.Text;
using Seedbed.Core.Intake;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Intake;

/// <summary>The streaming dossier reader reports exactly what the whole-document reader reports (locations, texts, order).</summary>
public class DossierStreamingTests
{
    private static string E(int n, string extra = "", string? uscc = null) =>
        $$"""{ "uscc": "{{uscc ?? Uscc.Complete("91330105BM" + n.ToString("D7", CultureInfo.InvariantCulture))}}", "name": "企业{{n}}", "registeredOn": "2010-01-01", "jurisdiction": "祥符", "hightechField": "101", "years": [ { "year": 2018, "salesRevenue": 1000, "employees": 10, "techStaff": 2 }, { "year": 2019, "salesRevenue": 1200.5 } ], "ip": [ { "kind": "invention-patent", "number": "ZL{{n}}", "status": "granted", "acquisition": "own" } ]{{extra}} }""";

    private static string Doc(params string[] enterprises) =>
        "{ \"schema\": \"seedbed.dossier/1\", \"enterprises\": [\n" + string.Join(",\n", enterprises) + "\n] }";

    public static TheoryData<string> Cases()
    {
        var many = Enumerable.Range(1, 3000).Select(i => E(i)).ToArray();
        var late = (string[])many.Clone();
        late[2900] = E(2901, ", \"selfAssessment\": { \"techAdvancement\": \"Z\", \"rdManagement\": { \"system\": 9 } }");
        late[2950] = late[2950].Replace("\"techStaff\": 2", "\"techStaff\": \"二\"", StringComparison.Ordinal);
        var dupUscc = Uscc.Complete("91330105BM0000007");
        return new TheoryData<string>
        {
            Doc(E(1), E(2)),
            Doc(many),
            Doc(late),
            Doc(E(1), E(7), E(3), E(7, "", dupUscc), E(7)),
            Doc(E(1, ", \"years\": 5"), "42", E(3)),
            Doc(E(1).Replace("\"year\": 2019", "\"year\": 2018", StringComparison.Ordinal)),
            Doc(many[..100]).Replace("企业50\"", "企业50", StringComparison.Ordinal),
            Doc(many[..100])[..5000],
            "", "   ", "[]", "[1, 2", "42", "{}", "{ \"schema\": 1 }", "{ \"schema\": \"seedbed.dossier/1\", \"enterprises\": {} }",
            "{ \"enterprises\": [], \"schema\": { \"a\": [1] } }",
            "{ \"enterprises\": [" + E(1) + "], \"other\": { \"x\": [1, 2, {}] }, \"schema\": \"seedbed.dossier/1\" }",
            "\uFEFF" + Doc(E(1)),
            "// comment\n" + Doc(E(1), "/* c */ " + E(2)),
            Doc(E(1)) + " x",
            Doc(E(1), "null", "[1]"),
        };
    }

    private static string Written(Dossier d)
    {
        var ms = new MemoryStream();
        DossierJson.Write(ms, d);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Theory, MemberData(nameof(Cases))]
    public void Validate_ReportsWhatTheWholeDocumentReaderReports(string json)
    {
        var expected = DossierJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var actual = DossierJsonStreaming.Validate(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(expected.Issues.Select(i => $"{i.Location}: {i.Message}"), actual.Issues.Select(i => $"{i.Location}: {i.Message}"));
        if (expected.IsValid)
        {
            var streamed = DossierJsonStreaming.Enterprises(new MemoryStream(Encoding.UTF8.GetBytes(json))).ToList();
            Assert.Equal(expected.Dossier.Enterprises.Count, streamed.Count);
            Assert.Equal(Written(expected.Dossier), Written(new Dossier(streamed)));
        }
    }
}
