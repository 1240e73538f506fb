using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vocab.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RemovedInIndexHistoryOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_statements_removed_in",
                table: "statements");

            migrationBuilder.CreateIndex(
                name: "ix_statements_removed_in",
                table: "statements",
                column: "removed_in",
                filter: "removed_in IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_statements_removed_in",
                table: "statements");

            migrationBuilder.CreateIndex(
                name: "ix_statements_removed_in",
                table: "statements",
                column: "removed_in");
        }
    }
}
