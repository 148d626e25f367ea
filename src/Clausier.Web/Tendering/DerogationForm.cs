using System.ComponentModel.DataAnnotations;

namespace Clausier.Web.Tendering;

/// <summary>One derogation of the tender, as the consultation page carries it (<c>options.derogations</c>).</summary>
public sealed class DerogationForm
{
    [StringLength(100)]
    public string? Parameter { get; set; }

    [StringLength(100)]
    public string? Point { get; set; }

    [StringLength(2000)]
    public string? Reason { get; set; }
}
