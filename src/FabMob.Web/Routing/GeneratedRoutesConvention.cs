using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace FabMob.Web.Routing;

/// <summary>
/// Gives each action marked <see cref="GeneratedRouteAttribute"/> one GET/HEAD attribute route per template of
/// <see cref="GeneratedAddresses.Templates"/>, as <c>[HttpGet]</c> and <c>[HttpHead]</c> would.
/// </summary>
internal sealed class GeneratedRoutesConvention(GeneratedAddresses addresses) : IApplicationModelConvention
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        foreach (var action in application.Controllers.SelectMany(controller => controller.Actions))
        {
            if (action.Attributes.OfType<GeneratedRouteAttribute>().FirstOrDefault() is not { } generated)
            {
                continue;
            }

            action.Selectors.Clear();
            foreach (var template in addresses.Templates(generated.Route))
            {
                var selector = new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = template } };
                selector.ActionConstraints.Add(new HttpMethodActionConstraint(Methods));
                selector.EndpointMetadata.Add(new HttpMethodMetadata(Methods));
                action.Selectors.Add(selector);
            }
        }
    }
}
