using Microsoft.AspNetCore.Http;

namespace Clausier.Web.Services;

/// <summary>What the error page tells the buyer for each status code, in French.</summary>
public static class ErrorTexts
{
    public static (string Heading, string Explanation) For(int code, WebServerOptions options) => code switch
    {
        StatusCodes.Status400BadRequest => ("Demande refusée",
            "La demande n'a pas pu être traitée : le formulaire a peut-être expiré (rechargez la page et recommencez) ou son contenu est incomplet."),
        StatusCodes.Status404NotFound => ("Page introuvable", "Cette page n'existe pas. Utilisez le menu pour revenir à une page de l'application."),
        StatusCodes.Status405MethodNotAllowed => ("Action non disponible", "Cette action n'est pas possible sur cette page."),
        StatusCodes.Status413PayloadTooLarge => ("Envoi trop volumineux",
            $"Les fichiers envoyés dépassent les limites : {Megabytes(options.MaxFileBytes)} par fichier, {Megabytes(options.MaxRequestBytes)} par envoi, " +
            $"{options.MaxFiles} fichiers au plus. Envoyez moins de fichiers à la fois."),
        StatusCodes.Status415UnsupportedMediaType => ("Type de contenu non accepté",
            "Cette page n'accepte que les formulaires envoyés depuis l'application elle-même."),
        _ => ("Erreur inattendue",
            "Une erreur inattendue est survenue ; elle a été consignée dans le journal du serveur. Réessayez, et si elle persiste, transmettez ce journal à votre service informatique."),
    };

    public static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} Mo" : $"{bytes / 1024} Ko";
}
