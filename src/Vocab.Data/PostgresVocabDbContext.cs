using Microsoft.EntityFrameworkCore;

namespace Vocab.Data;

/// <summary>The PostgreSQL flavour of <see cref="VocabDbContext"/>; its migrations live in Vocab.Migrations/Postgres.</summary>
public sealed class PostgresVocabDbContext(DbContextOptions<PostgresVocabDbContext> options) : VocabDbContext(options);
