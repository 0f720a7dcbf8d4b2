using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Seedbed.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Sunrise : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SunriseCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Quota = table.Column<int>(type: "integer", nullable: false),
                    ScorecardId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ScorecardVersion = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SunriseCalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SunriseReturns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Revenue = table.Column<long>(type: "bigint", nullable: false),
                    RdExpense = table.Column<long>(type: "bigint", nullable: false),
                    Staff = table.Column<int>(type: "integer", nullable: false),
                    IpCount = table.Column<int>(type: "integer", nullable: false),
                    Financing = table.Column<long>(type: "bigint", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SunriseReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SunriseReturns_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SunriseApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DataYear = table.Column<int>(type: "integer", nullable: true),
                    Revenue = table.Column<long>(type: "bigint", nullable: true),
                    RevenueGrowth = table.Column<long>(type: "bigint", nullable: true),
                    RdExpense = table.Column<long>(type: "bigint", nullable: true),
                    Staff = table.Column<int>(type: "integer", nullable: true),
                    IpCount = table.Column<int>(type: "integer", nullable: true),
                    Financing = table.Column<long>(type: "bigint", nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppliedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AppliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Approved = table.Column<bool>(type: "boolean", nullable: false),
                    QualificationNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SunriseApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SunriseApplications_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SunriseApplications_SunriseCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "SunriseCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SunriseReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    ReviewerUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReviewerDisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScoresJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SunriseReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SunriseReviews_SunriseApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "SunriseApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SunriseSupportItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SunriseSupportItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SunriseSupportItems_SunriseApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "SunriseApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SunriseApplications_CallId_EnterpriseId",
                table: "SunriseApplications",
                columns: new[] { "CallId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SunriseApplications_EnterpriseId",
                table: "SunriseApplications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_SunriseCalls_Year",
                table: "SunriseCalls",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_SunriseReturns_EnterpriseId_Year_Quarter",
                table: "SunriseReturns",
                columns: new[] { "EnterpriseId", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SunriseReviews_ApplicationId_ReviewerUserName",
                table: "SunriseReviews",
                columns: new[] { "ApplicationId", "ReviewerUserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SunriseReviews_ReviewerUserName",
                table: "SunriseReviews",
                column: "ReviewerUserName");

            migrationBuilder.CreateIndex(
                name: "IX_SunriseSupportItems_ApplicationId",
                table: "SunriseSupportItems",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SunriseReturns");

            migrationBuilder.DropTable(
                name: "SunriseReviews");

            migrationBuilder.DropTable(
                name: "SunriseSupportItems");

            migrationBuilder.DropTable(
                name: "SunriseApplications");

            migrationBuilder.DropTable(
                name: "SunriseCalls");
        }
    }
}
