namespace HealthExchange.Host.Cli;

/// <summary>The CLI contract (GUIDE §2): scripts and schedulers key on these.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InputErrors = 1;
    public const int Usage = 2;
    public const int RuntimeFailure = 3;
}
