namespace Claimtrail.Users;

/// <summary>A desk account.</summary>
/// <param name="Name">The sign-in name, unique (compared ordinally, case-insensitively).</param>
/// <param name="Role">What the account may do.</param>
/// <param name="PasswordHash">The password as ASP.NET Core's password hasher stores it; never the password.</param>
/// <param name="Created">When the account was made.</param>
public sealed record DeskUser(string Name, DeskRole Role, string PasswordHash, DateTimeOffset Created);
