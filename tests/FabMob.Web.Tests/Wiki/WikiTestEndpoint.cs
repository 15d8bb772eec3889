using FabMob.Web.Wiki;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Wiki;

/// <summary>A test-only endpoint, <c>/_test/wiki/{id}</c>, answering what a view would get from <see cref="IWikiCatalog"/>.</summary>
internal sealed class WikiTestEndpoint : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/_test/wiki", branch => branch.Run(async context =>
        {
            var id = Uri.UnescapeDataString(context.Request.Path.Value!.TrimStart('/'));
            var summary = context.RequestServices.GetRequiredService<IWikiCatalog>().Find(id);
            await context.Response.WriteAsJsonAsync(summary);
        }));
        next(app);
    };
}
