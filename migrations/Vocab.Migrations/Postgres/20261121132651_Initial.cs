using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vocab.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "changes",
                columns: table => new
                {
                    seq = table.Column<long>(type: "bigint", nullable: false),
                    timestamp_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    proposal_id = table.Column<long>(type: "bigint", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    added_count = table.Column<long>(type: "bigint", nullable: false),
                    removed_count = table.Column<long>(type: "bigint", nullable: false),
                    summary_json = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changes", x => x.seq);
                });

            migrationBuilder.CreateTable(
                name: "statements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    graph = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    predicate = table.Column<string>(type: "text", nullable: false),
                    @object = table.Column<string>(name: "object", type: "text", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    added_in = table.Column<long>(type: "bigint", nullable: false),
                    removed_in = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statements", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_changes_proposal_id",
                table: "changes",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_statements_added_in",
                table: "statements",
                column: "added_in");

            migrationBuilder.CreateIndex(
                name: "ix_statements_current_hash",
                table: "statements",
                column: "hash",
                unique: true,
                filter: "removed_in IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_statements_graph",
                table: "statements",
                column: "graph");

            migrationBuilder.CreateIndex(
                name: "ix_statements_removed_in",
                table: "statements",
                column: "removed_in");

            migrationBuilder.CreateIndex(
                name: "ix_statements_subject",
                table: "statements",
                column: "subject");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "changes");

            migrationBuilder.DropTable(
                name: "statements");
        }
    }
}
