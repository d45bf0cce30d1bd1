using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WebQuestionnaire.Pages;

/// <summary>The neutral page the quick exit goes to by default: an ordinary-looking forecast.</summary>
public sealed class WeatherModel : PageModel
{
    /// <summary>Shows the page.</summary>
    public void OnGet()
    {
    }
}
