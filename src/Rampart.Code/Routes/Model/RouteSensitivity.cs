namespace Rampart.Code.Routes.Model;

/// <summary>Why a route deserves protection. A route may be several of these at once.</summary>
[Flags]
public enum RouteSensitivity
{
    None = 0,

    /// <summary>POST, PUT, PATCH, DELETE (or any method).</summary>
    StateChanging = 1,

    /// <summary>admin, debug, internal, management in the path or handler name: critical when open.</summary>
    Privileged = 2,

    /// <summary>export, upload, import, config, settings, users/roles management, backup...</summary>
    SensitiveOperation = 4,

    /// <summary>The handler writes to a database (SaveChanges, INSERT/UPDATE/DELETE, ORM writes...).</summary>
    WritesData = 8,

    /// <summary>The handler moves money or sends mail/messages (Stripe, SendGrid, Twilio, SMTP...).</summary>
    SendsMoneyOrMail = 16,

    /// <summary>The handler calls a paid AI API (OpenAI, Anthropic, Gemini...).</summary>
    CallsPaidApi = 32,
}
