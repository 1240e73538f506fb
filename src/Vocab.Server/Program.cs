using Vocab.Server;

var app = VocabHost.Build(args);
await app.RunAsync();

/// <summary>Entry point; <c>public</c> so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
