using Claimtrail.Ledger;

namespace Claimtrail.Web.Services;

/// <summary>Opens the ledger at start, so a bad path or a newer schema stops the desk before it listens.</summary>
internal sealed class LedgerWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ILedger>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
