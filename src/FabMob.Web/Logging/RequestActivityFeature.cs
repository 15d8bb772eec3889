using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace FabMob.Web.Logging;

/// <summary>The activity <see cref="RequestTrace"/> began for a request, where ASP.NET Core looks for it (and the request line after it ended).</summary>
internal sealed class RequestActivityFeature(Activity activity) : IHttpActivityFeature
{
    public Activity Activity { get; set; } = activity;
}
