using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Seedbed.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_EnterpriseId_Kind_IssuedOn_ExpiresOn",
                table: "Qualifications",
                columns: new[] { "EnterpriseId", "Kind", "IssuedOn", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_Kind_IssuedOn_ExpiresOn_EnterpriseId",
                table: "Qualifications",
                columns: new[] { "Kind", "IssuedOn", "ExpiresOn", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_IpItems_Kind_GrantedOn_EnterpriseId",
                table: "IpItems",
                columns: new[] { "Kind", "GrantedOn", "EnterpriseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Qualifications_EnterpriseId_Kind_IssuedOn_ExpiresOn",
                table: "Qualifications");

            migrationBuilder.DropIndex(
                name: "IX_Qualifications_Kind_IssuedOn_ExpiresOn_EnterpriseId",
                table: "Qualifications");

            migrationBuilder.DropIndex(
                name: "IX_IpItems_Kind_GrantedOn_EnterpriseId",
                table: "IpItems");
        }
    }
}
