namespace Claimtrail.Input.Telegram;

/// <summary>The chat a message belongs to, as the export names it before the chat's messages.</summary>
/// <param name="Name">The chat's title.</param>
/// <param name="Id">Its numeric id, as text.</param>
/// <param name="Type">Its kind: <c>public_channel</c>, <c>private_group</c>…</param>
public sealed record TelegramChat(string? Name, string? Id, string? Type);
