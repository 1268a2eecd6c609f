namespace Claimtrail.Sources.Web;

/// <summary>Raised inside the connection callback when every address of a host is one the guard refuses.</summary>
internal sealed class AddressRefusedException : Exception
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
