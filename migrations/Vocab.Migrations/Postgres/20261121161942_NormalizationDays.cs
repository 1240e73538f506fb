using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vocab.Migrations.Postgres
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
                    day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    matched = table.Column<long>(type: "bigint", nullable: false),
                    ambiguous = table.Column<long>(type: "bigint", nullable: false),
                    unmatched = table.Column<long>(type: "bigint", nullable: false)
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
