namespace Claimtrail.Sources.Web;

/// <summary>What a fetch brought back.</summary>
/// <param name="Url">The address asked for.</param>
/// <param name="FinalUrl">The address the content came from, after redirects.</param>
/// <param name="NotModified">True when the server answered 304 to a conditional request: no body.</param>
/// <param name="ContentType">The media type, without parameters.</param>
/// <param name="Body">The body (empty when not modified).</param>
/// <param name="ETag">The entity tag, for the next conditional request.</param>
/// <param name="LastModified">The <c>Last-Modified</c> time, for the next conditional request.</param>
/// <param name="Fetched">When the response arrived.</param>
public sealed record WebResponse(Uri Url, Uri FinalUrl, bool NotModified, string? ContentType, byte[] Body, string? ETag, DateTimeOffset? LastModified, DateTimeOffset Fetched);
