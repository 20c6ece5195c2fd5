namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// What the taint tracker knows about a value that comes from the request.
/// </summary>
/// <param name="Source">How the value was read, for messages: <c>req.query.month</c>, <c>request.json()</c>.</param>
/// <param name="MayBeObject">True while the value can still be an object or array the caller shaped (a JSON body field, a qs-parsed query field): what makes NoSQL operator injection possible.</param>
/// <param name="Whole">True for a whole body, header or cookie collection (not one field of it).</param>
/// <param name="IsRequest">True for the request object itself (<c>req</c>, <c>request</c>): its members are the sources.</param>
internal sealed record JsTaint(string Source, bool MayBeObject = false, bool Whole = false, bool IsRequest = false)
{
    public static JsTaint Request(string name) => new(name, IsRequest: true);

    /// <summary>The same origin once it has been turned into a string (template literal, concatenation, string method).</summary>
    public JsTaint AsString() => this with { MayBeObject = false, Whole = false, IsRequest = false };
}
