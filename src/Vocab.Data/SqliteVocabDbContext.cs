using Microsoft.EntityFrameworkCore;

namespace Vocab.Data;

/// <summary>The SQLite flavour of <see cref="VocabDbContext"/>; its migrations live in Vocab.Migrations/Sqlite.</summary>
public sealed class SqliteVocabDbContext(DbContextOptions<SqliteVocabDbContext> options) : VocabDbContext(options);
