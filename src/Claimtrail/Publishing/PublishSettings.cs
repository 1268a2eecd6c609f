namespace Claimtrail.Publishing;

/// <summary>Who publishes reviews and where the desk's claim pages live.</summary>
/// <param name="BaseUrl">The desk's public address, without a trailing slash; claim pages are <c>{BaseUrl}/claims/{id}</c>.</param>
/// <param name="Publisher">The organisation named as the reviews' author.</param>
public sealed record PublishSettings(string BaseUrl, string Publisher);
