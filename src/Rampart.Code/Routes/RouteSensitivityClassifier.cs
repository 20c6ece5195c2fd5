using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes;

/// <summary>
/// Decides why a route deserves protection from its methods, its path and handler name, and what
/// its handler body calls. Framework-neutral: extractors pass the identifiers and string literals
/// of the handler body (from their parser, never raw text), so a word in a comment does not count.
/// </summary>
public static class RouteSensitivityClassifier
{
    // Whole path segments or name words; "admin" also matches "administrator" and "adminPanel".
    private static readonly string[] PrivilegedWords = ["admin", "debug", "internal", "management", "superuser", "sudo", "backoffice", "impersonate", "actuator", "_debug", "__debug__"];

    private static readonly string[] SensitiveWords = ["export", "upload", "import", "config", "configuration", "settings", "users", "user", "roles", "role", "permissions", "backup", "restore", "migrate", "seed", "reset", "delete", "purge", "payout", "payouts", "refund", "billing", "keys", "apikeys", "tokens", "secrets", "download", "dump", "logs"];

    private static readonly string[] MutationVerbs = ["create", "add", "insert", "update", "set", "delete", "remove", "purge", "transfer", "send", "submit", "approve", "reject", "cancel", "reset", "import", "upload", "grant", "revoke", "ban", "pay", "refund", "write", "save", "publish", "execute", "run"];

    private static readonly string[] DataWriteCalls =
    [
        "SaveChanges", "SaveChangesAsync", "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync", "ExecuteNonQuery", "ExecuteNonQueryAsync", "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync", "BulkInsert", "InsertOne", "InsertOneAsync", "InsertMany", "UpdateOne", "UpdateOneAsync", "DeleteOne", "DeleteOneAsync", "DeleteMany", "ReplaceOne",
        "insertOne", "insertMany", "updateOne", "updateMany", "deleteOne", "deleteMany", "findOneAndUpdate", "findByIdAndUpdate", "findByIdAndDelete", "findOneAndDelete", "bulkCreate", "destroy", "upsert", "createMany", "updateMany", "deleteMany",
        "commit", "bulk_create", "bulk_update", "add_all",
    ];

    private static readonly string[] MoneyOrMailCalls =
    [
        "SendEmailAsync", "SendMailAsync", "SendAsync", "Send", "sendMail", "sendEmail", "send_mail", "send_email", "send_mass_mail", "sendmail", "send_message",
        "PaymentIntentService", "ChargeService", "TransferService", "RefundService", "PayoutService", "paymentIntents", "charges", "transfers", "refunds", "payouts", "PaymentIntent", "Charge", "Transfer", "Refund", "Payout",
        "SmtpClient", "SendGridClient", "MessageResource", "messages",
    ];

    private static readonly string[] MoneyOrMailNames = ["stripe", "sendgrid", "twilio", "mailgun", "postmark", "nodemailer", "smtplib", "resend", "paypal", "braintree", "adyen", "mailchimp", "payment", "payout", "refund", "charge", "transfer", "invoice", "billing"];

    /// <summary>SDK names, client types and API hosts of paid AI and messaging APIs.</summary>
    private static readonly string[] PaidApiMarkers =
    [
        "api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com", "openai.azure.com", "api.mistral.ai", "api.groq.com", "api.cohere.ai", "api.cohere.com", "api.together.xyz", "api.fireworks.ai", "api.deepseek.com", "api.perplexity.ai", "openrouter.ai", "api.x.ai", "api.replicate.com", "api-inference.huggingface.co", "api.elevenlabs.io", "api.twilio.com", "api.sendgrid.com",
        "chat/completions", "v1/messages", "v1/completions", "v1/embeddings", "v1/images/generations",
    ];

    /// <summary>Clients of paid AI SDKs (as types, modules or variables named after them).</summary>
    private static readonly string[] PaidApiClients =
    [
        "OpenAIClient", "AzureOpenAIClient", "AnthropicClient", "OpenAI", "Anthropic", "openai", "anthropic", "GoogleGenerativeAI", "GenerativeModel", "genai", "MistralClient", "Mistral", "Groq", "CohereClient", "ChatClient", "IChatClient", "Kernel", "IChatCompletionService",
    ];

    /// <summary>The calls of those clients that cost money.</summary>
    private static readonly string[] PaidApiCalls =
    [
        "CompleteChatAsync", "CompleteChat", "GetChatCompletionsAsync", "CreateChatCompletionAsync", "completions", "generateContent", "generate_content", "messages", "ChatCompletion", "GetResponseAsync", "GetStreamingResponseAsync", "GetChatMessageContentAsync", "InvokePromptAsync", "create",
    ];

    /// <summary>Paid messaging clients (Twilio SMS, SendGrid mail) and their sending calls.</summary>
    private static readonly string[] MessagingClients = ["TwilioClient", "MessageResource", "twilio", "Twilio", "SendGridClient", "sgMail", "sendgrid", "SendGridAPIClient"];

    private static readonly string[] MessagingCalls = ["Create", "CreateAsync", "create", "send", "Send", "SendEmailAsync", "send_message", "sendMultiple"];

    public static RouteSensitivity Classify(IReadOnlyList<string> methods, string path, string handlerName, HandlerFacts body)
    {
        var sensitivity = RouteSensitivity.None;
        var words = Words(path).Concat(Words(handlerName)).ToList();
        // No methods: the protocol does not tell (gRPC calls are all POST), so the handler's verb decides.
        if (methods.Count == 0 ? Words(handlerName).Any(w => MutationVerbs.Contains(w)) : methods.Any(m => m is "*" or "POST" or "PUT" or "PATCH" or "DELETE"))
        {
            sensitivity |= RouteSensitivity.StateChanging;
        }

        if (words.Any(w => PrivilegedWords.Any(p => w.StartsWith(p, StringComparison.Ordinal))))
        {
            sensitivity |= RouteSensitivity.Privileged;
        }

        if (words.Any(w => SensitiveWords.Contains(w) || w.EndsWith('s') && SensitiveWords.Contains(w[..^1])))
        {
            sensitivity |= RouteSensitivity.SensitiveOperation;
        }

        if (body.Identifiers.Any(i => DataWriteCalls.Contains(i, StringComparer.Ordinal)))
        {
            sensitivity |= RouteSensitivity.WritesData;
        }

        if (body.Identifiers.Any(i => MoneyOrMailCalls.Contains(i, StringComparer.Ordinal)) && body.Identifiers.Concat(body.Strings).Any(MentionsMoneyOrMail)
            || body.Identifiers.Any(i => i is "SmtpClient" or "SendGridClient" or "smtplib" or "nodemailer"))
        {
            sensitivity |= RouteSensitivity.SendsMoneyOrMail;
        }

        if (CallsPaidApi(body))
        {
            sensitivity |= RouteSensitivity.CallsPaidApi;
        }

        return sensitivity;
    }

    /// <summary>True when the body names a paid AI/messaging API host, or an AI SDK client together with a completion call.</summary>
    public static bool CallsPaidApi(HandlerFacts body)
    {
        if (body.Strings.Any(s => PaidApiMarkers.Any(m => s.Contains(m, StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        var identifiers = body.Identifiers.ToHashSet(StringComparer.Ordinal);
        // Paid messaging: Twilio SMS and SendGrid mail cost money per call too.
        if (identifiers.Overlaps(MessagingClients) && identifiers.Overlaps(MessagingCalls))
        {
            return true;
        }

        // The SDK call shapes themselves, when the client was built outside the handler
        // (client = OpenAI() at module level): chat.completions.create, responses.create,
        // embeddings.create, messages.create (Anthropic, Twilio), generate_content (Gemini).
        if (identifiers.Contains("create") && (identifiers.IsSupersetOf(["chat", "completions"]) || identifiers.Overlaps(["responses", "embeddings", "messages"]))
            || identifiers.Overlaps(["generate_content", "generateContent", "generate_content_async"]))
        {
            return true;
        }

        return identifiers.Overlaps(PaidApiClients) && identifiers.Overlaps(PaidApiCalls);
    }

    private static bool MentionsMoneyOrMail(string text) =>
        MoneyOrMailNames.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)) || text.Contains("mail", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lower-case words of a path or a camelCase/PascalCase/snake_case name.</summary>
    internal static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                continue;
            }

            if (char.IsUpper(c) && word.Length > 0 && i > 0 && char.IsLower(text[i - 1]))
            {
                yield return word.ToString();
                word.Clear();
            }

            word.Append(char.ToLowerInvariant(c));
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}

/// <summary>What a handler body contains, as its parser saw it: identifiers (member and type names) and string literal contents.</summary>
public sealed record HandlerFacts(IReadOnlyList<string> Identifiers, IReadOnlyList<string> Strings)
{
    public static HandlerFacts Empty { get; } = new([], []);
}
