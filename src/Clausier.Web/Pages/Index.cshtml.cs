using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clausier.Web.Pages;

public sealed class IndexModel : PageModel
{
}
