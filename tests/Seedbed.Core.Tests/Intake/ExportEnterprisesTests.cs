using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Intake;
using Seedbed.Core.Tests.Support;
using static Seedbed.Core.Tests.Intake.IntakeTestData;

namespace Seedbed.Core.Tests.Intake;

/// <summary>Export with a filter, and the round trip export → import that must change nothing.</summary>
public class ExportEnterprisesTests
{
    [Theory, Providers]
    public async Task ExportThenImport_ChangesNothing_AndReadsBackAsTheImportedDossier(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var original = DossierFormatTests.Sample();
        using (var json = new MemoryStream())
        {
            DossierJson.Write(json, original);
            var imported = await ImportAsync(t, json.ToArray(), "sample.json");
            Assert.True(imported.Written, string.Join("\n", imported.Errors));
        }
        var before = await CountAsync(t);
        var stages = new List<IntakeProgress>();

        using var output = new MemoryStream();
        var n = await t.Get<ExportEnterprises>().ExecuteAsync(new EnterpriseFilter(), output, new Progress(stages.Add));

        Assert.Equal(3, n);
        Assert.Equal(new IntakeProgress(ExportEnterprises.Stage, 24, 24), stages[^1]);
        var read = DossierWorkbook.Read(new MemoryStream(output.ToArray()));
        Assert.True(read.IsValid, string.Join("\n", read.Issues));
        Assert.Equal(JsonOf(original), JsonOf(read.Dossier));

        var again = await ImportAsync(t, output.ToArray(), "export.xlsx");
        Assert.True(again.Written, string.Join("\n", again.Errors));
        Assert.Equal((0, 0, 3, 0), (again.EnterprisesCreated, again.EnterprisesUpdated, again.EnterprisesUnchanged, again.ChangesRecorded));
        Assert.Equal(before, await CountAsync(t));
    }

    [Theory, Providers]
    public async Task Export_WritesOnlyTheFilteredEnterprisesOrderedByUscc(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        using (var json = new MemoryStream())
        {
            DossierJson.Write(json, DossierFormatTests.Sample());
            Assert.True((await ImportAsync(t, json.ToArray(), "sample.json")).Written);
        }
        using var output = new MemoryStream();
        var n = await t.Get<ExportEnterprises>().ExecuteAsync(new EnterpriseFilter(Jurisdiction: "园区"), output);

        Assert.Equal(2, n);
        var read = DossierWorkbook.Read(new MemoryStream(output.ToArray()));
        Assert.Equal([U(2), U(3)], read.Dossier.Enterprises.Select(e => e.Uscc));
        await using var db = t.NewContext();
        Assert.Equal(3, await db.Enterprises.CountAsync());
    }

    private sealed class Progress(Action<IntakeProgress> report) : IProgress<IntakeProgress>
    {
        public void Report(IntakeProgress value) => report(value);
    }
}
