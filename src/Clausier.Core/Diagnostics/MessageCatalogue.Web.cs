namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>
    /// The web pages (Clausier.Web): files refused at upload (CLZ61xx), and the error page, keyed by
    /// its HTTP status (<c>http-404</c>: heading, <c>http-404.explanation</c>).
    /// </summary>
    private static Dictionary<string, MessageText> WebTemplates() => new(StringComparer.Ordinal)
    {
        ["size.megabytes"] = new("{0} MB", "{0}\u00A0Mo"),
        ["size.kilobytes"] = new("{0} KB", "{0}\u00A0Ko"),

        // What a page says when a library it called failed (the diagnostics follow, with their ids)
        ["page.annex-not-made"] = new("The annex of lot {0} could not be made: {1}", "L’annexe du lot {0} n’a pas pu être produite\u00A0: {1}"),
        ["page.download-incomplete"] = new("The file to download is incomplete: prefill again.",
            "Le fichier à télécharger est incomplet\u00A0: recommencez le préremplissage."),

        ["CLZ6101.annexes"] = new("Choose at least one returned annex (.docx).", "Choisissez au moins une annexe retournée (.docx)."),
        ["CLZ6101.blank"] = new("Choose the consultation's annex to prefill (.docx).", "Choisissez l’annexe de la consultation à préremplir (.docx)."),
        ["CLZ6101.previous"] = new("Choose at least one previous answer: an annex already returned (.docx) or a file of your answer library (.json).",
            "Choisissez au moins une réponse précédente\u00A0: une annexe déjà retournée (.docx) ou un fichier de votre bibliothèque de réponses (.json)."),
        ["CLZ6101.tender"] = new("Choose a tender file (.yml) to import.", "Choisissez un fichier de consultation (.yml) à importer."),
        ["CLZ6102"] = new("{0} files sent: {1} at most at a time. Send them in several goes.",
            "{0}\u00A0fichiers envoyés\u00A0: {1} au plus à la fois. Envoyez-les en plusieurs fois."),
        ["CLZ6103.annex"] = new("is over {0}, the largest an annex may be.", "dépasse {0}, la taille maximale d’une annexe."),
        ["CLZ6103.named"] = new("'{0}' is over {1}.", "«\u00A0{0}\u00A0» dépasse {1}."),
        ["CLZ6103.tender"] = new("The file '{0}' is over {1}: it is not a tender file.",
            "Le fichier «\u00A0{0}\u00A0» dépasse {1}\u00A0: ce n’est pas un fichier de consultation."),
        ["CLZ6103.text"] = new("'{0}' is over {1}: it is not a {2} file.", "«\u00A0{0}\u00A0» dépasse {1}\u00A0: ce n’est pas un fichier {2}."),
        ["CLZ6104.annex"] = new("is empty.", "est vide."),
        ["CLZ6104.tender"] = new("The file '{0}' is empty: choose the .yml file saved from this page or written in the tender format.",
            "Le fichier «\u00A0{0}\u00A0» est vide\u00A0: choisissez le fichier .yml enregistré depuis cette page ou écrit selon le format des consultations."),
        ["CLZ6105.annex"] = new("is not a Word document (.docx): ask the candidate for the annex as .docx (not a PDF, an image, a .doc or a password-protected document).",
            "n’est pas un document Word (.docx)\u00A0: demandez au candidat l’annexe au format .docx (ni PDF, ni image, ni .doc, ni document protégé par mot de passe)."),
        ["CLZ6105.blank"] = new("'{0}' is not a Word document (.docx): download the consultation's annex as .docx.",
            "«\u00A0{0}\u00A0» n’est pas un document Word (.docx)\u00A0: téléchargez l’annexe de la consultation au format .docx."),
        ["CLZ6106"] = new("This file is not UTF-8 text: choose the consultation's .yml file.",
            "Ce fichier n’est pas un fichier texte UTF-8\u00A0: choisissez le fichier .yml de la consultation."),
        ["CLZ6106.named"] = new("'{0}' is not UTF-8 text ({1} expected).", "«\u00A0{0}\u00A0» n’est pas un fichier texte UTF-8 ({1} attendu)."),
        ["CLZ6107"] = new("The tender file has errors: {0}", "Le fichier de consultation contient des erreurs\u00A0: {0}"),
        ["CLZ6108"] = new("was not analysed: with the files before it, this upload passes {0:N0} characters of answers, the limit of one upload. Send this file in another upload.",
            "n’a pas été analysé\u00A0: avec les fichiers qui le précèdent, cet envoi dépasse {0:N0}\u00A0caractères de réponses, la limite d’un envoi. Envoyez ce fichier dans un autre envoi."),

        // Form fields: the validation attributes give their arguments after the field's name (Hosting/CatalogueLocalizer.cs).
        ["CLZ6110.required"] = new("This value is required.", "Cette valeur est obligatoire."),
        ["CLZ6110.invalid"] = new("This value is not valid.", "Cette valeur n’est pas valable."),
        ["CLZ6110.invalid-value"] = new("'{0}' is not a valid value here.", "«\u00A0{0}\u00A0» n’est pas une valeur valable ici."),
        ["CLZ6110.number"] = new("Give a number.", "Indiquez un nombre."),
        ["CLZ6110.positive-number"] = new("A positive number, e.g. 12 or 12.5.", "Un nombre positif, par exemple 12 ou 12,5."),
        ["CLZ6110.empty-form"] = new("The form is empty.", "Le formulaire est vide."),
        ["CLZ6110.max-length"] = new("{0:N0} characters at most.", "{0:N0}\u00A0caractères au plus."),
        ["CLZ6110.buyer-name"] = new("Give the buyer's name.", "Indiquez le nom de l’acheteur."),
        ["CLZ6110.reference"] = new("Give the consultation's reference.", "Indiquez la référence de la consultation."),
        ["CLZ6110.subject"] = new("Give the consultation's subject.", "Indiquez l’objet de la consultation."),
        ["CLZ6110.lot-number"] = new("The lot's number is required.", "Numéro du lot obligatoire."),
        ["CLZ6110.lot-title"] = new("The lot's title is required.", "Intitulé du lot obligatoire."),
        ["CLZ6110.segment"] = new("Choose a segment.", "Choisissez un segment."),

        ["http-400"] = new("Request refused", "Demande refusée"),
        ["http-400.explanation"] = new("The request could not be handled: the form may have expired (reload the page and start again) or what it holds is incomplete.",
            "La demande n’a pas pu être traitée\u00A0: le formulaire a peut-être expiré (rechargez la page et recommencez) ou son contenu est incomplet."),
        ["http-404"] = new("Page not found", "Page introuvable"),
        ["http-404.explanation"] = new("This page does not exist. Use the menu to go back to a page of the application.",
            "Cette page n’existe pas. Utilisez le menu pour revenir à une page de l’application."),
        ["http-405"] = new("Action not available", "Action non disponible"),
        ["http-405.explanation"] = new("This action is not possible on this page.", "Cette action n’est pas possible sur cette page."),
        ["http-413"] = new("Upload too large", "Envoi trop volumineux"),
        ["http-413.explanation"] = new("The files sent are over the limits: {0} per file, {1} per upload, {2} files at most. Send fewer files at a time.",
            "Les fichiers envoyés dépassent les limites\u00A0: {0} par fichier, {1} par envoi, {2}\u00A0fichiers au plus. Envoyez moins de fichiers à la fois."),
        ["http-415"] = new("Content type not accepted", "Type de contenu non accepté"),
        ["http-415.explanation"] = new("This page only accepts forms sent from the application itself.",
            "Cette page n’accepte que les formulaires envoyés depuis l’application elle-même."),
        ["http-500"] = new("Unexpected error", "Erreur inattendue"),
        ["http-500.explanation"] = new("An unexpected error occurred; it was written to the server's log. Try again, and if it persists, give this log to your IT department.",
            "Une erreur inattendue est survenue\u00A0; elle a été consignée dans le journal du serveur. Réessayez, et si elle persiste, transmettez ce journal à votre service informatique."),
    };
}
