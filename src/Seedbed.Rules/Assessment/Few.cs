using System.Runtime.CompilerServices;

namespace Seedbed.Rules.Assessment;

/// <summary>The gaps or notes of one evaluation: the first eight inline, more (a rule set with many rows) in a list.</summary>
internal struct Few<T> where T : class
{
    private Eight<T> _first;
    private List<T>? _more;
    private int _count;

    public void Add(T item)
    {
        if (_count < Eight<T>.Length) _first[_count] = item;
        else (_more ??= []).Add(item);
        _count++;
    }

    public readonly bool Contains(T item)
    {
        for (var i = 0; i < Math.Min(_count, Eight<T>.Length); i++) if (Equals(_first[i], item)) return true;
        return _more is not null && _more.Contains(item);
    }

    public readonly T[] ToArray()
    {
        if (_count == 0) return [];
        var all = new T[_count];
        ((ReadOnlySpan<T>)_first)[..Math.Min(_count, Eight<T>.Length)].CopyTo(all);
        _more?.CopyTo(all, Eight<T>.Length);
        return all;
    }
}

[InlineArray(Length)]
internal struct Eight<T>
{
    public const int Length = 8;
    private T _item;
}
