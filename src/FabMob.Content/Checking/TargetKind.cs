namespace FabMob.Content.Checking;

/// <summary>What points at an address, for the wording of a finding.</summary>
internal enum TargetKind
{
    /// <summary>A link of the body, to a page.</summary>
    Link,

    /// <summary>A link of the body, to a file (its path has an extension other than <c>.md</c>).</summary>
    File,

    /// <summary>An image of the body.</summary>
    Image,

    /// <summary>The cover image of the front matter (<c>image</c>).</summary>
    Cover,
}
