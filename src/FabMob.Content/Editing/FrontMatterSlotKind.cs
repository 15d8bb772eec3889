namespace FabMob.Content.Editing;

/// <summary>How a front-matter value is written in the file.</summary>
internal enum FrontMatterSlotKind
{
    /// <summary>Nothing after the key (<c>tags:</c>): YAML's null.</summary>
    Empty,

    /// <summary>One scalar, plain, quoted or a block (<c>|</c>, <c>&gt;</c>).</summary>
    Scalar,

    /// <summary><c>[a, b]</c>.</summary>
    FlowSequence,

    /// <summary>One <c>- item</c> a line.</summary>
    BlockSequence,

    /// <summary>A map or anything else the form does not write.</summary>
    Other,
}
