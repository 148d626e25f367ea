namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>
    /// Reading a tender, selecting its points, the evaluation settings of a catalogue and the CISO
    /// Assistant correspondence file (Clausier.Core, CLZ114x, CLZ12xx, CLZ2030, CLZ8001).
    /// </summary>
    private static Dictionary<string, MessageText> TenderTemplates() => new(StringComparer.Ordinal)
    {
        ["CLZ1201.tender"] = new("The tender file does not exist.", "Le fichier de la consultation n’existe pas."),
        ["CLZ1008.deadline"] = new("Deadline '{0}' is not a date and time such as 2026-03-16 12:00.",
            "La date limite «\u00A0{0}\u00A0» n’est pas une date et une heure comme 2026-03-16 12:00."),
        ["CLZ1008.date"] = new("Date '{0}' is not a date such as 2026-03-02.", "La date «\u00A0{0}\u00A0» n’est pas une date comme 2026-03-02."),
        ["CLZ1008.segment-options"] = new("'segment_options' at the top of the tender is for a tender without 'lots': write it under each lot it applies to.",
            "«\u00A0segment_options\u00A0» en tête de la consultation ne vaut que pour une consultation sans lots\u00A0: écrivez-le sous chaque lot concerné."),
        ["CLZ1008.scalar"] = new("{0} must be a single value.", "La valeur {0} doit être une valeur unique."),
        ["CLZ1223"] = new("The derogation for {0} gives no 'reason': candidates must see why the tender departs from the référentiel.",
            "La dérogation pour {0} ne donne pas de motif («\u00A0reason\u00A0»)\u00A0: les candidats doivent voir pourquoi la consultation s’écarte du référentiel."),
        ["CLZ1224.point"] = new("The derogation for point {0} explains an exclusion, but no 'exclude_points' of the tender or of a lot lists it.",
            "La dérogation pour le point {0} justifie une exclusion, mais aucune liste «\u00A0exclude_points\u00A0» de la consultation ou d’un lot ne le contient."),
        ["CLZ1224.parameter"] = new("The derogation for parameter '{0}' is not needed: the tender's value is not below the published référentiel.",
            "La dérogation pour le paramètre «\u00A0{0}\u00A0» n’est pas nécessaire\u00A0: la valeur de la consultation n’est pas en deçà du référentiel publié."),
        ["CLZ1225.both"] = new("A derogation names either a 'parameter' or a 'point', not both nor neither.",
            "Une dérogation vise soit un paramètre («\u00A0parameter\u00A0»), soit un point («\u00A0point\u00A0»)\u00A0: ni les deux, ni aucun."),
        ["CLZ1225.point"] = new("The derogation names unknown control point '{0}'.{1}", "La dérogation vise un point de contrôle inconnu\u00A0: «\u00A0{0}\u00A0».{1}"),
        ["CLZ1225.parameter"] = new("The derogation names unknown parameter '{0}'.{1}", "La dérogation vise un paramètre inconnu\u00A0: «\u00A0{0}\u00A0».{1}"),
        ["CLZ1226"] = new("Lot {0}: segment '{1}' has no option '{2}'. It declares: {3}.{4}",
            "Lot {0}\u00A0: le segment «\u00A0{1}\u00A0» n’a pas d’option «\u00A0{2}\u00A0». Ses options\u00A0: {3}.{4}"),
        ["CLZ1226.none"] = new("Lot {0}: segment '{1}' has no option '{2}'. It declares none.{3}",
            "Lot {0}\u00A0: le segment «\u00A0{1}\u00A0» n’a pas d’option «\u00A0{2}\u00A0». Il n’en déclare aucune.{3}"),
        ["CLZ2030"] = new("{0} holds {1} character(s) a document cannot carry (first U+{2:X4}); they were removed.",
            "La valeur {0} contenait {1}\u00A0caractère(s) qu’un document ne peut pas contenir (le premier\u00A0: U+{2:X4})\u00A0; ils ont été retirés."),

        // Evaluation settings of a catalogue
        ["CLZ1140"] = new("'{0}' is not an importance: use mandatory, scored or informative.{1}",
            "«\u00A0{0}\u00A0» n’est pas une importance\u00A0: utilisez mandatory, scored ou informative.{1}"),
        ["CLZ1141.answer-type"] = new("'{0}' is not an answer type ({1}).{2}", "«\u00A0{0}\u00A0» n’est pas un type de réponse ({1}).{2}"),
        ["CLZ1142.positive"] = new("{0} must be a positive number (decimal point, e.g. 12.5), not '{1}'.",
            "La valeur {0} doit être un nombre positif (avec un point décimal, par exemple 12.5), et non «\u00A0{1}\u00A0»."),
        ["CLZ1142.share"] = new("{0} must be a share between 0 and 1, not '{1}'.", "La valeur {0} doit être une part comprise entre 0 et 1, et non «\u00A0{1}\u00A0»."),
        ["CLZ1143"] = new("Section {0} is weighted twice.", "La section {0} est pondérée deux fois."),

        // CISO Assistant correspondence file
        ["CLZ8001.unreadable"] = new("Cannot read the file: {0}", "Le fichier ne peut pas être lu ({0})."),
        ["CLZ8001.not-list"] = new("The file must be a list of entries (point, relationship, rationale).",
            "Le fichier doit être une liste d’entrées (point, relationship, rationale)."),
        ["CLZ8001.point"] = new("Point '{0}' is not in the catalogue.{1}", "Le point «\u00A0{0}\u00A0» n’est pas dans le catalogue.{1}"),
        ["CLZ8001.relationship"] = new("'{0}' is not a relationship: use {1}.", "«\u00A0{0}\u00A0» n’est pas une relation\u00A0: utilisez {1}."),
        ["CLZ8001.twice"] = new("Point '{0}' is listed twice.", "Le point «\u00A0{0}\u00A0» figure deux fois."),
    };
}
