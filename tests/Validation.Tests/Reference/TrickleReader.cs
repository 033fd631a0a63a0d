namespace HealthExchange.Validation.Tests.Reference;

/// <summary>A TextReader that hands out at most a few characters per read, as a slow stream or an odd decoder may.</summary>
internal sealed class TrickleReader(string text, int maxChunk) : TextReader
{
    private int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(Math.Min(count, maxChunk), text.Length - _position);
        text.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }
}
