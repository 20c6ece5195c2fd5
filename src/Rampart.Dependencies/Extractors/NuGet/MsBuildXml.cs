using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Rampart.Dependencies.Extractors.NuGet;

/// <summary>The few MSBuild reads the NuGet extractors need: items by name, metadata as attribute or child, properties.</summary>
internal static partial class MsBuildXml
{
    public static XDocument? TryParse(string text, out string? error)
    {
        try
        {
            error = null;
            return XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            error = e.Message;
            return null;
        }
    }

    public static IEnumerable<XElement> Items(XDocument document, string name) =>
        document.Descendants().Where(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "ItemGroup");

    /// <summary>Metadata written as an attribute (<c>Version="1.0"</c>) or a child element (<c>&lt;Version&gt;1.0&lt;/Version&gt;</c>).</summary>
    public static string? Metadata(XElement item, string name)
    {
        var attribute = item.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (attribute is not null)
        {
            return attribute.Value.Trim();
        }

        return item.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim();
    }

    public static int LineOf(XElement element) => ((IXmlLineInfo)element).LineNumber;

    /// <summary>Plain properties of every PropertyGroup (conditions are ignored: the first value wins).</summary>
    public static void AddProperties(XDocument document, Dictionary<string, string> properties)
    {
        foreach (var property in document.Descendants().Where(e => e.Parent?.Name.LocalName == "PropertyGroup" && !e.HasElements))
        {
            properties.TryAdd(property.Name.LocalName, property.Value.Trim());
        }
    }

    /// <summary>Replaces <c>$(Name)</c> from the known properties; null when one is unknown.</summary>
    public static string? Expand(string value, IReadOnlyDictionary<string, string> properties)
    {
        var unknown = false;
        var expanded = PropertyReference().Replace(value, m =>
        {
            if (properties.TryGetValue(m.Groups[1].Value, out var known))
            {
                return known;
            }

            unknown = true;
            return m.Value;
        });
        return unknown ? null : expanded;
    }

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_.\-]*)\)")]
    private static partial Regex PropertyReference();
}
