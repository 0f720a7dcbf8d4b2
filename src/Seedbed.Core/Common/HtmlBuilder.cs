using System.Net;
using System.Text;

namespace Seedbed.Core.Common;

/// <summary>
/// A small HTML writer for printable documents built outside Blazor (通报): every text and attribute value is encoded, tags
/// are closed in order. Not a template engine: elements, text and one raw block (the style sheet) only.
/// </summary>
public sealed class HtmlBuilder
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element; attributes are (name, value) pairs, values encoded, null values left out.</summary>
    public HtmlBuilder Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
            if (value is not null) _sb.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        _sb.Append('>');
        _open.Push(tag);
        return this;
    }

    public HtmlBuilder Close()
    {
        _sb.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    public HtmlBuilder Text(string? text)
    {
        _sb.Append(WebUtility.HtmlEncode(text ?? ""));
        return this;
    }

    /// <summary>An element holding only text: <c>&lt;td class="num"&gt;28&lt;/td&gt;</c>.</summary>
    public HtmlBuilder Element(string tag, string? text, string? cssClass = null) => Open(tag, ("class", cssClass)).Text(text).Close();

    /// <summary>Trusted markup written as is (the document's own style sheet); never user or database text.</summary>
    public HtmlBuilder Raw(string trusted)
    {
        _sb.Append(trusted);
        return this;
    }

    public override string ToString()
    {
        if (_open.Count > 0) throw new InvalidOperationException($"unclosed element <{_open.Peek()}>");
        return _sb.ToString();
    }
}
