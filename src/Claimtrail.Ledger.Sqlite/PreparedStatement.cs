using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Claimtrail.Ledger.Sqlite;

/// <summary>
/// One statement compiled once on the ledger's connection and run for many rows through the SQLite C API, with
/// values bound by position. For the bulk paths only (a batch of thousands of posts): a <see cref="SqliteCommand"/>
/// re-resolves every parameter's name, builds a data reader and walks its statement list on each execution, which
/// costs more than SQLite's own work for a short row. The statement runs inside whatever transaction the connection
/// has open.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[1024];

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds parameter <paramref name="index"/> (from 1, in the order of the SQL) to text, or NULL.</summary>
    public PreparedStatement Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return this;
        }

        // The ledger stores UTF-8: encoding here, into a buffer SQLite copies from, is cheaper than handing it UTF-16
        // to convert once at bind and again at step.
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < length)
        {
            _utf8 = new byte[Math.Max(length, 2 * _utf8.Length)];
        }

        var written = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, written)));
        return this;
    }

    /// <summary>Binds parameter <paramref name="index"/> to an integer, or NULL.</summary>
    public PreparedStatement Bind(int index, long? value)
    {
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, index, number) : raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    /// <summary>Binds parameter <paramref name="index"/> to a real number, or NULL.</summary>
    public PreparedStatement Bind(int index, double? value)
    {
        Check(value is { } number ? raw.sqlite3_bind_double(_statement, index, number) : raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    /// <summary>Runs the statement to its end; the number of rows it inserted, updated or deleted.</summary>
    public int Execute()
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }

            Check(rc);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Runs a statement that returns one integer (an <c>INSERT … RETURNING id</c>); null when it returns no row.</summary>
    public long? ExecuteInt64()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE)
            {
                return null;
            }

            if (rc != raw.SQLITE_ROW)
            {
                Check(rc);
            }

            var value = raw.sqlite3_column_int64(_statement, 0);
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }

            Check(rc);
            return value;
        }
        finally
        {
            Reset();
        }
    }

    public void Dispose() => _statement.Dispose();

    // The bindings stay until the next row binds over them; every statement here binds all its parameters each time.
    private void Reset() => raw.sqlite3_reset(_statement);

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
