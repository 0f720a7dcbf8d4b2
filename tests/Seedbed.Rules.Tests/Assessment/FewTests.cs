using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Assessment;

/// <summary>The inline list the evaluator keeps its gaps and notes in: order, duplicates check and more than eight items.</summary>
public class FewTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(20)]
    public void KeepsEveryItemInOrder(int count)
    {
        var few = new Few<string>();
        var items = Enumerable.Range(0, count).Select(i => "note " + i).ToArray();
        foreach (var item in items) few.Add(item);
        Assert.Equal(items, few.ToArray());
        foreach (var item in items) Assert.True(few.Contains(new string(item.AsSpan())));   // by value, not by reference
        Assert.False(few.Contains("another note"));
    }
}
