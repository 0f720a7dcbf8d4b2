using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seedbed.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleSetId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RuleSetVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ScoreMin = table.Column<int>(type: "INTEGER", nullable: true),
                    ScoreMax = table.Column<int>(type: "INTEGER", nullable: true),
                    FailedConditions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ResultJson = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    FactsJson = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RunId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_EnterpriseId_RuleSetId_CreatedAt",
                table: "Evaluations",
                columns: new[] { "EnterpriseId", "RuleSetId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_RuleSetId_AsOf_RunId",
                table: "Evaluations",
                columns: new[] { "RuleSetId", "AsOf", "RunId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Evaluations");
        }
    }
}
