namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>
    /// What the <c>clausier</c> command says about the way it was called (Clausier.Cli, CLZ62xx). Only the
    /// CLI prints these; the French is there because every template has both languages.
    /// </summary>
    private static Dictionary<string, MessageText> UsageTemplates() => new(StringComparer.Ordinal)
    {
        ["CLZ6201"] = new("No command given. Run 'clausier --help' for the list of commands.",
            "Aucune commande donnée. Lancez «\u00A0clausier --help\u00A0» pour la liste des commandes."),
        // The parser's own message, in English; the hint follows it on its own line.
        ["CLZ6202"] = new("{0}", "Ligne de commande invalide."),
        ["CLZ6202.help"] = new("Run 'clausier --help' for usage.", "Lancez «\u00A0clausier --help\u00A0» pour l’aide."),
        ["CLZ6203"] = new("internal error ({0}: {1}). Nothing more was done; please report it with the command and its input files.",
            "erreur interne ({0}). Rien de plus n’a été fait\u00A0; merci de la signaler avec la commande et ses fichiers d’entrée."),
        ["CLZ6204.date"] = new("--date '{0}' is not a date (yyyy-MM-dd).", "--date «\u00A0{0}\u00A0» n’est pas une date (aaaa-mm-jj)."),
        ["CLZ6204.segment"] = new("unknown segment '{0}'. Known segments: {1}.", "segment inconnu «\u00A0{0}\u00A0». Segments connus\u00A0: {1}."),
        ["CLZ6204.point"] = new("no control point '{0}'.{1}", "aucun point de contrôle «\u00A0{0}\u00A0».{1}"),
        ["CLZ6204.answer-type"] = new("unknown answer type '{0}'; expected one of: {1}.", "type de réponse inconnu «\u00A0{0}\u00A0»\u00A0; types possibles\u00A0: {1}."),
        ["CLZ6204.answer"] = new("--answer '{0}' must read POINT=TYPE, e.g. O-7.2=OUI/NON.", "--answer «\u00A0{0}\u00A0» doit s’écrire POINT=TYPE, par exemple O-7.2=OUI/NON."),
        ["CLZ6204.serve"] = new("--port must be 1-65535 and --host an IP address such as 127.0.0.1 (got port {0}, host '{1}').",
            "--port doit être compris entre 1 et 65535 et --host être une adresse IP comme 127.0.0.1 (reçu\u00A0: port {0}, hôte «\u00A0{1}\u00A0»)."),
        ["CLZ6204.entry"] = new("no entry of '{0}' matches '{1}'.", "aucune entrée de «\u00A0{0}\u00A0» ne correspond à «\u00A0{1}\u00A0»."),
        ["CLZ6205.batch"] = new("give either a MANIFEST, or --segments all --tender FILE.", "donnez soit un MANIFESTE, soit --segments all --tender FICHIER."),
        ["CLZ6205.xlsx"] = new("--format xlsx needs --output FILE.xlsx.", "--format xlsx demande --output FICHIER.xlsx."),
        ["CLZ6205.docx"] = new("--format docx needs --output FILE.docx.", "--format docx demande --output FICHIER.docx."),
        ["CLZ6206"] = new("this native build of clausier has no web server; 'clausier serve' is in the .NET tool (dotnet tool install --global Clausier.Cli) and the win-x64 executable.",
            "cette version native de clausier n’a pas de serveur web\u00A0; «\u00A0clausier serve\u00A0» se trouve dans l’outil .NET (dotnet tool install --global Clausier.Cli) et dans l’exécutable win-x64."),
        ["CLZ6001.not-empty"] = new("the folder exists and is not empty; choose a new folder.", "le dossier existe et n’est pas vide\u00A0; choisissez un nouveau dossier."),
    };
}
