namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// What members and methods of a request object give the caller's data: Express/Fastify/Koa
/// <c>req.body|query|params|headers|cookies</c>, <c>req.get()/header()</c>, Next.js
/// <c>request.json()/formData()</c> and <c>nextUrl</c>, NestJS <c>ctx.switchToHttp().getRequest()</c>.
/// </summary>
internal static class JsRequestSources
{
    /// <summary>Web frameworks: in a file that imports one, a <c>request</c> or <c>ctx</c> parameter is the incoming request.</summary>
    public static readonly string[] ServerModules = ["express", "fastify", "koa", "@koa/router", "koa-router", "next/server", "next", "@nestjs/common", "@hapi/hapi", "hapi", "restify", "h3", "hono", "polka", "micro", "@vercel/node", "@netlify/functions", "aws-lambda"];

    /// <summary>The name that is a request object even when nothing binds it in view (Express's conventional <c>req</c>).</summary>
    public static bool IsRequestName(string name) => name is "req";

    /// <summary>The request object as a parameter of a handler: <c>(req, res)</c>, <c>(request, reply)</c>, <c>(r, response)</c>.</summary>
    public static bool IsResponseName(string name) => name is "res" or "response" or "reply" or "resp";

    public static JsTaint? Member(JsTaint request, string name) => name switch
    {
        "body" => new JsTaint(request.Source + ".body", MayBeObject: true, Whole: true),
        "query" => new JsTaint(request.Source + ".query", MayBeObject: true),
        "params" => new JsTaint(request.Source + ".params"),
        "headers" => new JsTaint(request.Source + ".headers", Whole: true),
        "cookies" or "signedCookies" => new JsTaint(request.Source + "." + name, Whole: true),
        "url" or "originalUrl" or "path" or "hostname" or "host" or "nextUrl" or "href" or "file" or "files" or "searchParams" => new JsTaint(request.Source + "." + name),
        "request" => JsTaint.Request(request.Source + ".request"),
        _ => null,
    };

    public static JsTaint? Call(JsTaint request, string method, string? argument) => method switch
    {
        "get" or "header" or "param" => new JsTaint(argument is null ? $"{request.Source}.{method}()" : $"{request.Source}.{method}('{argument}')"),
        "json" => new JsTaint(request.Source + ".json()", MayBeObject: true, Whole: true),
        "formData" or "text" or "arrayBuffer" or "blob" => new JsTaint($"{request.Source}.{method}()"),
        "getRequest" => JsTaint.Request("request"),
        "switchToHttp" => request,
        _ => null,
    };

    /// <summary>The taint of a decorated NestJS handler parameter: <c>@Body()</c>, <c>@Query('q')</c>, <c>@Param('id')</c>, <c>@Headers()</c>; <c>@Req()</c> is the request.</summary>
    public static JsTaint? Decorated(string decorator, string? argument) => decorator switch
    {
        "Body" or "Query" or "Param" or "Headers" => new JsTaint(argument is null ? $"@{decorator}()" : $"@{decorator}('{argument}')", Whole: argument is null && decorator is "Body" or "Headers"),
        "Req" or "Request" => JsTaint.Request("request"),
        _ => null,
    };
}
