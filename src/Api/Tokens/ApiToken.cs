namespace HealthExchange.Api.Tokens;

/// <summary>A stored token as `hx tokens list` shows it: never the secret, which only its creator ever saw.</summary>
public sealed record ApiToken(string Id, ApiRole Role, string? Institution, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);
