namespace Claimtrail.Ledger;

/// <summary>What a ledger engine's SQL spells differently in the claim list's filters (<see cref="ClaimFilterSql"/>).</summary>
/// <param name="ParameterPrefix">How a parameter is named in SQL: <c>$</c> (SQLite) or <c>@</c> (PostgreSQL).</param>
/// <param name="True">An always-true condition: <c>1 = 1</c> or <c>true</c>.</param>
/// <param name="Trim">The function that trims white space at both ends: <c>trim</c> or <c>btrim</c>.</param>
/// <param name="Appeared">The SQL of when report <c>r</c> appeared, comparable with <paramref name="Time"/>'s values.</param>
/// <param name="Time">A time as a parameter value compared with <paramref name="Appeared"/>.</param>
/// <param name="IndexedContains">
/// True when the engine indexes plain containment on <c>sources.key</c> (a trigram index), so the source filter first
/// narrows with <c>key LIKE %words%</c> and needs the parameter <c>contains</c>.
/// </param>
/// <param name="InTextList">The condition that a text expression is one of a list parameter's values: its SQL for (expression, parameter name).</param>
/// <param name="TextList">A list of texts as the parameter value <paramref name="InTextList"/> reads.</param>
public sealed record ClaimFilterDialect(
    string ParameterPrefix,
    string True,
    string Trim,
    string Appeared,
    Func<DateTimeOffset, object> Time,
    bool IndexedContains,
    Func<string, string, string> InTextList,
    Func<IReadOnlyList<string>, object> TextList);
