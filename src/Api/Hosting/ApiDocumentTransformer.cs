using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HealthExchange.Api.Hosting;

/// <summary>The document's title, its Chinese description, and the bearer scheme every /api and /fhir route requires.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "HealthExchange API",
            Version = "v1",
            Description = "市卫生信息平台数据接口：机构、月报、汇总、回执与隔离数据。Bearer tokens: `hx tokens create --role province|operator|hospital`.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "访问令牌（hx tokens create）/ a token from `hx tokens create`",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
