using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Seedbed.Core.Audit;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Data;

/// <summary>
/// Enterprise history in one place: every save turns the tracked changes of an enterprise and its records
/// into <see cref="ChangeRecord"/> rows (who, when, field, old, new), written in the same transaction.
/// </summary>
public partial class SeedbedDb
{
    /// <summary>Who makes the changes saved by this context (user name, "cli:root", "系统").</summary>
    public string Actor { get; set; } = "系统";
    /// <summary>Where the changes come from (页面编辑, 导入 x.xlsx, 接口, 演示数据).</summary>
    public string ChangeSource { get; set; } = "系统";
    /// <summary>Set false for bulk loads whose history would be noise (the demo district).</summary>
    public bool TrackHistory { get; set; } = true;
    /// <summary>Clock, replaceable in tests.</summary>
    public Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;

    /// <summary>Who acts, for the audit trail (user, role, IP). Set by the web host per request and by the CLI.</summary>
    public AuditActor Auditor { get; set; } = AuditActor.System;
    /// <summary>Extra audit entries (import, export, login …) written with the next save, in its transaction.</summary>
    public List<AuditEntry> AuditQueue { get; } = [];

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries<AuditRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("审计记录只能追加，不能修改或删除");
        GuardScope();
        var now = UtcNow();
        foreach (var e in ChangeTracker.Entries<Enterprise>())
        {
            if (e.State == EntityState.Added) { e.Entity.CreatedAt = now; e.Entity.UpdatedAt = now; }
            else if (e.State == EntityState.Modified) e.Entity.UpdatedAt = now;
        }
        var pending = TrackHistory ? CollectChanges() : [];
        if (pending.Count == 0 && AuditQueue.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var n = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var records = pending.Select(p => new ChangeRecord
            {
                EnterpriseId = p.Owner(), At = now, Actor = Actor, Source = ChangeSource,
                Field = p.Field, OldValue = Cut(p.Old), NewValue = Cut(p.New),
            }).ToList();
            ChangeRecords.AddRange(records);
            var entries = AuditEntries(records).Concat(AuditQueue).ToList();
            AuditQueue.Clear();
            await AuditLog.AppendAsync(this, entries, now, async t => n += await base.SaveChangesAsync(acceptAllChangesOnSuccess, t), cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return n;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions AuditJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One audit entry per changed enterprise: create, update or delete, with the changed fields (old → new).</summary>
    private IEnumerable<AuditEntry> AuditEntries(List<ChangeRecord> records) =>
        records.GroupBy(r => r.EnterpriseId).Select(g =>
        {
            var action = g.Any(r => r is { Field: "企业", OldValue: null }) ? "create"
                : g.Any(r => r is { Field: "企业", NewValue: "删除" }) ? "delete" : "update";
            var detail = System.Text.Json.JsonSerializer.Serialize(g.Select(r => new { field = r.Field, old = r.OldValue, @new = r.NewValue }), AuditJson);
            return new AuditEntry(Auditor, action, $"enterprise:{g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)}", "success", detail);
        });

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    private static string? Cut(string? s) => s is { Length: > 2000 } ? s[..2000] : s;

    private List<(Func<int> Owner, string Field, string? Old, string? New)> CollectChanges()
    {
        var list = new List<(Func<int>, string, string?, string?)>();
        var addedEnterprises = ChangeTracker.Entries<Enterprise>().Where(x => x.State == EntityState.Added)
            .Select(x => (object)x.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var e in ChangeTracker.Entries<Enterprise>().ToList())
        {
            var ent = e.Entity;
            switch (e.State)
            {
                case EntityState.Added:
                    list.Add((() => ent.Id, "企业", null, $"新建：{ent.Name}（{ent.Uscc}）"));
                    break;
                case EntityState.Modified:
                    foreach (var p in e.Properties.Where(p => p.IsModified && FieldLabels.Enterprise.ContainsKey(p.Metadata.Name)))
                    {
                        var (o, n) = (Show(p.Metadata.Name, p.OriginalValue), Show(p.Metadata.Name, p.CurrentValue));
                        if (o != n) list.Add((() => ent.Id, FieldLabels.Enterprise[p.Metadata.Name], o, n));
                    }
                    break;
                case EntityState.Deleted:
                    list.Add((() => ent.Id, "企业", $"{ent.Name}（{ent.Uscc}）", "删除"));
                    break;
            }
        }
        foreach (var e in ChangeTracker.Entries().Where(x => x.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (e.Entity is not (FiscalYear or IpItem or Qualification or Incident or StandardDrafting or Award or RdInstitution)) continue;
            var ownerId = e.Property("EnterpriseId");
            var parent = FindParent(e);
            if (parent is not null && addedEnterprises.Contains(parent)) continue;
            Func<int> owner = () => parent?.Id ?? (int)ownerId.CurrentValue!;
            var label = Describe(e.Entity);
            switch (e.State)
            {
                case EntityState.Added: list.Add((owner, label.Section, null, label.Text)); break;
                case EntityState.Deleted: list.Add((owner, label.Section, label.Text, "删除")); break;
                case EntityState.Modified:
                    foreach (var p in e.Properties.Where(p => p.IsModified))
                    {
                        var (o, n) = (FieldLabels.Format(p.OriginalValue), FieldLabels.Format(p.CurrentValue));
                        if (o == n) continue;
                        var name = e.Entity is FiscalYear && FieldLabels.Year.TryGetValue(p.Metadata.Name, out var l) ? l : p.Metadata.Name;
                        list.Add((owner, $"{label.Section}[{label.Key}].{name}", o, n));
                    }
                    break;
            }
        }
        return list;
    }

    private Enterprise? FindParent(EntityEntry child)
    {
        // A child of a new enterprise carries a temporary key until saved: find it through the navigation collections.
        foreach (var e in ChangeTracker.Entries<Enterprise>())
            if (e.State == EntityState.Added && ContainsChild(e.Entity, child.Entity)) return e.Entity;
        var id = (int)child.Property("EnterpriseId").CurrentValue!;
        return ChangeTracker.Entries<Enterprise>().FirstOrDefault(e => e.State != EntityState.Added && e.Entity.Id == id)?.Entity;
    }

    private static bool ContainsChild(Enterprise p, object c) => c switch
    {
        FiscalYear y => p.Years.Contains(y),
        IpItem i => p.IpItems.Contains(i),
        Qualification q => p.Qualifications.Contains(q),
        Incident i => p.Incidents.Contains(i),
        StandardDrafting s => p.Standards.Contains(s),
        Award a => p.Awards.Contains(a),
        RdInstitution r => p.RdInstitutions.Contains(r),
        _ => false,
    };

    private string? Show(string property, object? value) =>
        property == nameof(Enterprise.JurisdictionId) && value is int id
            ? Jurisdictions.Local.FirstOrDefault(j => j.Id == id)?.Name ?? Jurisdictions.Find(id)?.Name ?? FieldLabels.Format(value)
            : property == nameof(Enterprise.HightechField) && value is string f ? HightechFields.Describe(f)
            : FieldLabels.Format(value);

    private static (string Section, string Key, string Text) Describe(object entity) => entity switch
    {
        FiscalYear y => ("年度数据", FieldLabels.Format(y.Year)!, $"{FieldLabels.Format(y.Year)}年度数据"),
        IpItem i => ("知识产权", i.Number, FieldLabels.DescribeIp(i)),
        Qualification q => ("资质", q.Number, FieldLabels.DescribeQualification(q)),
        Incident i => ("事件", FieldLabels.Format(i.Date)!, $"{FieldLabels.Format(i.Date)} {Vocabularies.IncidentKind.LabelOf(i.Kind)}"),
        StandardDrafting s => ("标准", FieldLabels.Format(s.Year)!, $"{s.Year}年 {Vocabularies.StandardLevel.LabelOf(s.Level)}（{Vocabularies.StandardRole.LabelOf(s.Role)}）"),
        Award a => ("科技奖励", FieldLabels.Format(a.Year)!, $"{a.Year}年 {Vocabularies.AwardLevel.LabelOf(a.Level)} 第{a.Rank}名"),
        RdInstitution r => ("研发机构", r.Name, $"{Vocabularies.InstitutionLevel.LabelOf(r.Level)} {r.Name}"),
        _ => (entity.GetType().Name, "", entity.GetType().Name),
    };
}
