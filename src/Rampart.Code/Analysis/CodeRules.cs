using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis;

/// <summary>
/// The code rules (RMP-C010..C059), shared by every language analyzer: one rule id per problem,
/// whatever the language. Route rules (C001..C009) are in <see cref="Routes.RouteRules"/>.
/// </summary>
public static class CodeRules
{
    private static Rule Define(string id, string name, string title, FindingCategory category, Severity severity, Confidence confidence, string description, string remediation, params int[] cwe) => new()
    {
        Id = RuleId.Parse(id),
        Name = name,
        Title = title,
        Category = category,
        DefaultSeverity = severity,
        DefaultConfidence = confidence,
        Description = description,
        Remediation = remediation,
        Cwe = cwe,
    };

    // Partial auth (C010..C019)
    public static Rule JwtNotVerified { get; } = Define("RMP-C010", "jwt-not-verified", "A JWT is decoded without verifying its signature and then trusted", FindingCategory.Auth, Severity.Critical, Confidence.High,
        "The token is decoded without checking its signature (jsonwebtoken's jwt.decode, PyJWT with verify_signature False or verify=False, algorithms that allow 'none') and its claims are used for a decision. Anyone can forge a token with any role.",
        "Verify the token with the signing key and an explicit algorithm list (jwt.verify(token, key, { algorithms: ['HS256'] }); jwt.decode(token, key, algorithms=['HS256'])) before reading any claim.", 347, 345);

    public static Rule JwtValidationDisabled { get; } = Define("RMP-C011", "jwt-validation-disabled", "JWT validation parameters switch off signature, lifetime, issuer or audience checks", FindingCategory.Auth, Severity.High, Confidence.High,
        "TokenValidationParameters (or the equivalent options) set ValidateIssuerSigningKey, ValidateLifetime, ValidateIssuer or ValidateAudience to false, RequireSignedTokens or RequireExpirationTime to false, or a SignatureValidator that returns the token without checking it. Tokens from anyone, or tokens that never expire, are accepted.",
        "Keep every validation on: set the issuer, audience and signing key and leave ValidateIssuerSigningKey, ValidateLifetime, ValidateIssuer and ValidateAudience at true; never replace SignatureValidator.", 347, 287);

    public static Rule WeakJwtSigningKey { get; } = Define("RMP-C012", "weak-jwt-signing-key", "A JWT is signed with a hard-coded or short key", FindingCategory.Auth, Severity.High, Confidence.Medium,
        "The key that signs or verifies tokens is a string literal in the source (or shorter than 32 bytes for HMAC). Whoever reads the repository, or brute-forces a short key, can mint valid tokens for any user.",
        "Read the signing key from a secret store or the environment, generate it randomly with at least 256 bits, and rotate the leaked one.", 798, 326);

    public static Rule TimingUnsafeComparison { get; } = Define("RMP-C013", "timing-unsafe-secret-comparison", "A secret is compared with == instead of a constant-time comparison", FindingCategory.Auth, Severity.Medium, Confidence.Medium,
        "An API key, token, signature or password hash is compared with ==, ===, Equals or string comparison, which stops at the first different character. The time it takes leaks how much of a guess was right.",
        "Compare secrets with a constant-time function: CryptographicOperations.FixedTimeEquals (.NET), crypto.timingSafeEqual (Node), hmac.compare_digest (Python).", 208);

    public static Rule WeakPasswordHash { get; } = Define("RMP-C014", "weak-password-hash", "A password is hashed with MD5, SHA-1 or a single unsalted SHA-2", FindingCategory.Auth, Severity.High, Confidence.Medium,
        "A password (by its variable, parameter or property name) is hashed with a fast general-purpose hash. A leaked table of such hashes is cracked with commodity GPUs in hours.",
        "Use a password hashing function: ASP.NET Core Identity's PasswordHasher, BCrypt/Argon2 (bcrypt, argon2 packages), Python's passlib/argon2-cffi or Django's make_password.", 916, 328);

    public static Rule InsecureAuthCookie { get; } = Define("RMP-C015", "insecure-auth-cookie", "A session or auth cookie is set without Secure or HttpOnly", FindingCategory.Auth, Severity.Medium, Confidence.Medium,
        "A cookie that carries a session or auth token is written with HttpOnly or Secure turned off (or not set where the framework's default is off). Scripts injected into the page can read it, or it travels over plain HTTP.",
        "Set HttpOnly, Secure and SameSite on session and auth cookies (CookieOptions { HttpOnly = true, Secure = true }, res.cookie(name, value, { httpOnly: true, secure: true }), SESSION_COOKIE_SECURE = True).", 1004, 614);

    // Injection (C020..C029)
    public static Rule SqlInjection { get; } = Define("RMP-C020", "sql-injection", "SQL is built from request data by concatenation or interpolation", FindingCategory.Injection, Severity.Critical, Confidence.High,
        "A value from the request reaches a raw-SQL API (FromSqlRaw, ExecuteSqlRaw, SqlCommand, Dapper, mysql/pg query, sequelize.query, knex.raw, DB-API execute, SQLAlchemy text, Django raw/extra) inside a string built by concatenation, interpolation or formatting. The caller can read or change any data.",
        "Pass request values as parameters: FromSql($\"... {value}\") / FromSqlInterpolated, SqlParameter, '?'/'$1' placeholders with a values array, execute(sql, params).", 89);

    public static Rule NoSqlInjection { get; } = Define("RMP-C021", "nosql-injection", "A request object is passed straight into a MongoDB query", FindingCategory.Injection, Severity.High, Confidence.Medium,
        "req.body / req.query (or a field of it) is used as a query filter or inside $where. A caller sends {\"$ne\": null} or {\"$gt\": \"\"} instead of a string and matches every document, for example logging in without a password.",
        "Validate the type of each field (String(value), a schema validator such as zod/joi/pydantic) before it goes into a filter, and never build $where from input.", 943);

    public static Rule CommandInjection { get; } = Define("RMP-C022", "command-injection", "Request data reaches a shell command", FindingCategory.Injection, Severity.Critical, Confidence.High,
        "A value from the request is part of a command run through a shell: Process.Start with a command line, child_process.exec/execSync, subprocess with shell=True, os.system, os.popen. The caller runs any command on the server.",
        "Run the program directly with an argument list (ProcessStartInfo.ArgumentList, execFile/spawn without shell, subprocess.run([...])) and validate the value against an allow-list.", 78);

    public static Rule PathTraversal { get; } = Define("RMP-C023", "path-traversal", "Request data is used as a file path", FindingCategory.Injection, Severity.High, Confidence.Medium,
        "A value from the request is combined into a path that is read, written or sent (Path.Combine + File.*, PhysicalFile, res.sendFile, fs.readFile, open(), send_file). '../' in the value reaches any file the process can read.",
        "Resolve the full path and check it stays inside the intended folder (Path.GetFullPath + StartsWith, path.resolve + startsWith, os.path.realpath + commonpath), or map ids to files server-side.", 22);

    public static Rule ServerSideRequestForgery { get; } = Define("RMP-C024", "ssrf", "Request data is used as the URL of an outgoing request", FindingCategory.Injection, Severity.High, Confidence.Medium,
        "A value from the request is (or starts) the URL passed to HttpClient, fetch, axios, got, requests or httpx. The server can be made to call internal services, cloud metadata endpoints (169.254.169.254) or anything else on its network.",
        "Allow-list hosts or build the URL from a fixed base with only a validated path or id from the request.", 918);

    public static Rule UnsafeDeserialization { get; } = Define("RMP-C025", "unsafe-deserialization", "Data is deserialised with a format that can run code", FindingCategory.Injection, Severity.High, Confidence.High,
        "BinaryFormatter/NetDataContractSerializer/LosFormatter, Json.NET with TypeNameHandling other than None, pickle/marshal loads, yaml.load without a safe loader, node-serialize: attacker-controlled input turns into arbitrary object graphs and code execution.",
        "Use a data-only format (System.Text.Json, JSON.parse, json.loads, yaml.safe_load) and keep TypeNameHandling.None.", 502);

    public static Rule CodeEvaluation { get; } = Define("RMP-C026", "code-evaluation", "Dynamic code is evaluated from a string", FindingCategory.Injection, Severity.High, Confidence.Medium,
        "eval, new Function, vm.runInNewContext/runInThisContext, setTimeout/setInterval with a string, Python eval/exec, or a C# scripting engine runs a string as code; with request data in it the caller runs any code on the server.",
        "Remove the evaluation: parse the data (JSON.parse, ast.literal_eval) or dispatch over an explicit table of allowed operations.", 95);

    public static Rule XmlExternalEntities { get; } = Define("RMP-C027", "xxe", "XML is parsed with external entities or DTDs enabled", FindingCategory.Injection, Severity.High, Confidence.High,
        "XmlReaderSettings.DtdProcessing = Parse, an XmlResolver set on XmlDocument/XmlTextReader, libxmljs noent: true, lxml resolve_entities=True: an uploaded XML document can read local files or call internal URLs.",
        "Keep DtdProcessing.Prohibit and XmlResolver = null (.NET), noent: false (libxmljs), defusedxml or resolve_entities=False (Python).", 611);

    // Sensitive data in logs (C030..C039)
    public static Rule SensitiveDataLogged { get; } = Define("RMP-C030", "sensitive-data-logged", "A password, token, key or card number is written to the log", FindingCategory.SensitiveLog, Severity.High, Confidence.Medium,
        "A value whose name or type says password, secret, token, API key, authorization header, cookie, card number, CVV, SSN or private key (or an object whose type has such fields, including structured-logging destructuring like {@Command}) is passed to a logger or print. Logs are kept long, copied to third parties and read by many people.",
        "Log an identifier instead of the value, mask it (last 4 characters), or mark the field as not loggable ([LogProperties] redaction, pino redact, logging filters).", 532);

    public static Rule RequestLoggedWhole { get; } = Define("RMP-C031", "request-logged-whole", "A whole request body or its headers are logged", FindingCategory.SensitiveLog, Severity.Medium, Confidence.Medium,
        "The full request body, all headers or all cookies are written to the log. They carry passwords on login, Authorization bearer tokens and session cookies.",
        "Log the fields you need, never the whole body or header collection; use the framework's HTTP logging with an explicit field allow-list.", 532);

    public static Rule QueryStringLogged { get; } = Define("RMP-C032", "query-string-logged", "A request logger records query strings", FindingCategory.SensitiveLog, Severity.Medium, Confidence.Medium,
        "A request logger writes full URLs with their query strings (morgan 'combined'/'common', ASP.NET W3C logging with UriQuery or All fields, HttpLoggingFields.RequestQuery). API keys and reset tokens passed as ?api_key= / ?token= end up in the log.",
        "Log the path without the query string (a custom morgan format with :url stripped, W3CLoggingFields without UriQuery) and move secrets out of URLs.", 532, 598);

    public static Rule OrmSqlLogging { get; } = Define("RMP-C033", "orm-sql-logging", "ORM SQL logging with parameter values is left on", FindingCategory.SensitiveLog, Severity.Medium, Confidence.Medium,
        "EnableSensitiveDataLogging (EF Core), Sequelize logging: console.log, SQLAlchemy echo=True or Django's django.db.backends DEBUG logger write every query with its parameter values (passwords, tokens, personal data) to the log.",
        "Turn it off outside Development (guard with IsDevelopment / NODE_ENV / DEBUG) or drop parameter values.", 532);

    // Unsafe configuration (C040..C049)
    public static Rule DebugModeInProduction { get; } = Define("RMP-C040", "debug-mode-in-production", "Debug or developer mode is reachable in production", FindingCategory.Config, Severity.High, Confidence.Medium,
        "Flask app.run(debug=True), Django DEBUG = True in the settings used in production, or an unconditional UseDeveloperExceptionPage: stack traces, settings and (for the Werkzeug debugger) a remote Python console are shown to anyone.",
        "Read the flag from the environment and default it to off; call UseDeveloperExceptionPage only inside if (app.Environment.IsDevelopment()).", 489, 215);

    public static Rule PermissiveCors { get; } = Define("RMP-C041", "permissive-cors", "CORS allows any origin with credentials, or reflects the Origin header", FindingCategory.Config, Severity.High, Confidence.Medium,
        "The CORS policy allows every origin together with credentials (SetIsOriginAllowed(_ => true) + AllowCredentials, cors({ origin: true, credentials: true }), allow_origins=['*'] with allow_credentials=True, CORS_ALLOW_ALL_ORIGINS with credentials) or copies the request's Origin header into Access-Control-Allow-Origin. Any website can call the API as the signed-in user.",
        "List the allowed origins explicitly; never combine a wildcard or reflected origin with credentials.", 942, 346);

    public static Rule TlsValidationDisabled { get; } = Define("RMP-C042", "tls-validation-disabled", "TLS certificate validation is switched off", FindingCategory.Config, Severity.High, Confidence.High,
        "ServerCertificateCustomValidationCallback returning true (or DangerousAcceptAnyServerCertificateValidator), rejectUnauthorized: false, NODE_TLS_REJECT_UNAUTHORIZED=0, requests/httpx verify=False: any machine on the network path can read and change the traffic, including API keys.",
        "Remove the override; for a private CA, trust that CA explicitly instead of accepting every certificate.", 295);

    public static Rule ApiExplorerExposed { get; } = Define("RMP-C043", "api-explorer-exposed", "Swagger UI or GraphQL introspection/playground is enabled outside Development", FindingCategory.Config, Severity.Medium, Confidence.Medium,
        "Interactive API documentation (Swagger UI, ReDoc, Scalar) or a GraphQL playground/introspection is served in production: it hands an attacker the full map of endpoints and parameters, and often a way to call them.",
        "Register it only in Development (if (app.Environment.IsDevelopment())), or protect it with auth; turn GraphQL introspection off in production.", 200, 540);

    public static Rule SecretInQueryString { get; } = Define("RMP-C044", "secret-in-query-string", "An API key or token is accepted from the query string", FindingCategory.Config, Severity.Medium, Confidence.Medium,
        "The code reads an API key, token or password from the URL query (?api_key=, ?token=). URLs end up in server logs, proxy logs, browser history and Referer headers.",
        "Accept secrets in a header (Authorization, X-API-Key) or the request body only.", 598);

    public static Rule AdminToolOnAllInterfaces { get; } = Define("RMP-C045", "admin-tool-on-all-interfaces", "An admin or debug server listens on every network interface", FindingCategory.Config, Severity.Medium, Confidence.Medium,
        "A debug server, metrics or admin tool is bound to 0.0.0.0 / :: (app.run(host='0.0.0.0', debug=True), a debugger or admin panel on all interfaces): anyone who can reach the machine reaches the tool.",
        "Bind admin and debug tools to 127.0.0.1 and reach them through an SSH tunnel or an authenticated proxy.", 1327);

    // Cost abuse (C050)
    public static Rule UnauthenticatedAiSpend { get; } = Define("RMP-C050", "unauthenticated-ai-spend", "A route anyone can call spends money on a paid AI or messaging API", FindingCategory.Route, Severity.Critical, Confidence.Medium,
        "A route without authentication or without rate limiting calls a paid API (OpenAI, Anthropic, Google Gemini, Azure OpenAI, Mistral, Groq and similar SDKs or hosts; Twilio, SendGrid). Anyone who finds it can run up the owner's bill in a loop, and a leaked key is not even needed.",
        "Require authentication on the route and add a per-user rate limit (RequireRateLimiting / [EnableRateLimiting], express-rate-limit, slowapi, django-ratelimit); cap spend at the provider.", 770, 799);

    public static IReadOnlyList<Rule> All { get; } =
    [
        JwtNotVerified, JwtValidationDisabled, WeakJwtSigningKey, TimingUnsafeComparison, WeakPasswordHash, InsecureAuthCookie,
        SqlInjection, NoSqlInjection, CommandInjection, PathTraversal, ServerSideRequestForgery, UnsafeDeserialization, CodeEvaluation, XmlExternalEntities,
        SensitiveDataLogged, RequestLoggedWhole, QueryStringLogged, OrmSqlLogging,
        DebugModeInProduction, PermissiveCors, TlsValidationDisabled, ApiExplorerExposed, SecretInQueryString, AdminToolOnAllInterfaces,
        UnauthenticatedAiSpend,
    ];
}
