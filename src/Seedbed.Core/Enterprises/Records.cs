namespace Seedbed.Core.Enterprises;

/// <summary>An item of the IP register (知识产权). Codes as in assessment-contract §1.</summary>
public class IpItem
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string Kind { get; set; }
    public required string Number { get; set; }
    public string? Title { get; set; }
    public required string Status { get; set; }
    public DateOnly? GrantedOn { get; set; }
    public required string Acquisition { get; set; }
    public int? UsedInHnteYear { get; set; }
    public bool Disputed { get; set; }
}

/// <summary>A granted qualification (认定): hnte, tech-sme, zj-tech-sme, hz-hnte, sunrise.</summary>
public class Qualification
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string Kind { get; set; }
    public required string Number { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
}

/// <summary>An incident (重大安全/质量事故, 环境违法, 失信, 经营异常).</summary>
public class Incident
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public DateOnly Date { get; set; }
    public required string Kind { get; set; }
}

/// <summary>Drafting of a standard, test method or technical specification.</summary>
public class StandardDrafting
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string Level { get; set; }
    public required string Role { get; set; }
    public int Year { get; set; }
}

/// <summary>A science and technology award (科技奖励).</summary>
public class Award
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string Level { get; set; }
    public int Rank { get; set; }
    public int Year { get; set; }
}

/// <summary>A recognised R&amp;D institution (研发机构).</summary>
public class RdInstitution
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string Level { get; set; }
    public required string Name { get; set; }
    public DateOnly RecognizedOn { get; set; }
}

/// <summary>One changed field of an enterprise (history): who, when, field, old value, new value.</summary>
public class ChangeRecord
{
    public long Id { get; set; }
    public int EnterpriseId { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    /// <summary>Where the change came from: 页面编辑, 导入 文件名, 接口, 演示数据 …</summary>
    public required string Source { get; set; }
    /// <summary>Chinese field label, e.g. "企业名称" or "年度数据[2019].研发费用".</summary>
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
