using Claimtrail.Web;

var app = DeskApp.Create(args);
await app.RunAsync().ConfigureAwait(false);

/// <summary>The web desk's entry point; public so functional tests can host it with WebApplicationFactory.</summary>
public partial class Program;
