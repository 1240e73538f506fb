using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vocab.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NormalizationDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "normalization_days",
                columns: table => new
                {
                    day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    matched = table.Column<long>(type: "INTEGER", nullable: false),
                    ambiguous = table.Column<long>(type: "INTEGER", nullable: false),
                    unmatched = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_normalization_days", x => x.day);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "normalization_days");
        }
    }
}
