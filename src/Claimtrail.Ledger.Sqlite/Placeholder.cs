namespace Claimtrail.Ledger.Sqlite; /// <summary>x</summary>
public static class Placeholder { }
