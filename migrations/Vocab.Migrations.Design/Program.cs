// This program exists only as the startup project of dotnet-ef (see README in this folder's csproj comment):
//   dotnet ef migrations add <Name> --project migrations/Vocab.Migrations --startup-project migrations/Vocab.Migrations.Design \
//       --context SqliteVocabDbContext --output-dir Sqlite
Console.Error.WriteLine("Vocab.Migrations.Design is the dotnet-ef startup project; it does nothing when run.");
return 0;
