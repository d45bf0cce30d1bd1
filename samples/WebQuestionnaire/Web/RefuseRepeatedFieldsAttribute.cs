using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace WebQuestionnaire.Web;

/// <summary>
/// Refuses a form post that carries any field more than once (names compared regardless of case, as
/// the form collection does) with 400, before any handler reads it: a repeated field would otherwise
/// be read by its first value, silently, whatever the other said (a "no" followed by a "yes" to a
/// safety question). The status page answers; it never repeats a value. Runs after antiforgery
/// validation and before the session's own checks, so it says nothing about whether a session exists.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class RefuseRepeatedFieldsAttribute : Attribute, IAsyncResourceFilter
{
    /// <inheritdoc />
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var request = context.HttpContext.Request;
        if (request.HasFormContentType && HasRepeatedField(await request.ReadFormAsync(context.HttpContext.RequestAborted)))
        {
            context.Result = new BadRequestResult();
            return;
        }

        await next();
    }

    private static bool HasRepeatedField(IFormCollection form)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in form)
        {
            if (values.Count > 1 || !names.Add(name))
            {
                return true;
            }
        }

        foreach (var file in form.Files)
        {
            if (!names.Add(file.Name))
            {
                return true;
            }
        }

        return false;
    }
}
