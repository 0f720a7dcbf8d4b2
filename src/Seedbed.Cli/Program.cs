using System.CommandLine;
using System.Text;
using Seedbed.Cli;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("Seedbed 高新技术企业培育管理系统 命令行工具")
{
    ImportCommand.Create(),
    ExportCommand.Create(),
    TemplateCommand.Create(),
    DemoCommand.Create(),
    AuditCommand.Create(),
    UsersCommand.Create(),
    UsersCommand.CreateToken(),
    AssessCommand.Create(),
    RulesetsCommand.Create(),
    PlanCommand.Create(),
    CertificationsCommand.Create(),
    PoolsCommand.Create(),
    BulletinCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
