namespace Claimtrail.Cli.Tests.Processes;

/// <summary>The identities a ledger holds, for comparing two ledgers row for row.</summary>
public sealed record LedgerSnapshot(
    HashSet<string> Reports,
    HashSet<string> Mentions,
    HashSet<string> Claims,
    HashSet<string> ClaimMentions,
    HashSet<string> Sources);
