namespace Clausier.Forms;

/// <summary>
/// The French name of each problem code, as the buyer reads it in the XLSX report and the comparison
/// workbook. A problem's own French message (<see cref="Problem.MessageFr"/>) gives the details; this
/// name stands in for it when a message has no French version (e.g. a problem read back from the JSON
/// of an older version).
/// </summary>
public static class ProblemTitles
{
    /// <summary>The French name of a code; null for a code this version does not know.</summary>
    public static string? French(string code) => code switch
    {
        ProblemCodes.EmptyFile => "Fichier vide",
        ProblemCodes.CannotOpen => "Fichier impossible à ouvrir",
        ProblemCodes.TooLarge => "Fichier trop volumineux",
        ProblemCodes.NotAPackage => "Ce n'est pas un document Word (.docx)",
        ProblemCodes.LegacyOrEncrypted => "Document Word 97-2003 ou protégé par mot de passe",
        ProblemCodes.CorruptZip => "Fichier endommagé ou incomplet",
        ProblemCodes.TooManyEntries => "Fichier refusé : trop d'éléments dans l'archive",
        ProblemCodes.UnsafeEntryName => "Fichier refusé : nom d'élément dangereux dans l'archive",
        ProblemCodes.InflatedSizeExceeded => "Fichier refusé : taille décompressée excessive (bombe de décompression)",
        ProblemCodes.CompressionRatioExceeded => "Fichier refusé : taux de compression anormal (bombe de décompression)",
        ProblemCodes.MacroEnabled => "Fichier refusé : document contenant des macros",
        ProblemCodes.NoMainDocument => "Document principal introuvable",
        ProblemCodes.XmlDtdRefused => "Fichier refusé : déclaration DTD (attaque XML possible)",
        ProblemCodes.XmlMalformed => "Contenu XML endommagé",
        ProblemCodes.XmlLimitExceeded => "Fichier refusé : structure XML trop volumineuse ou trop profonde",
        ProblemCodes.DuplicateEntry => "Fichier refusé : éléments en double dans l'archive",
        ProblemCodes.EntrySizeMismatch => "Fichier refusé : taille déclarée mensongère (bombe de décompression)",
        ProblemCodes.InternalError => "Erreur interne de lecture",
        ProblemCodes.ChecksumMismatch => "Fichier refusé : fichier endommagé (somme de contrôle)",
        ProblemCodes.NotAnAnnex => "Document qui n'est pas une annexe Clausier",
        ProblemCodes.TextCut => "Réponse trop longue, coupée",
        ProblemCodes.InvalidCharacters => "Caractères interdits retirés du texte",
        ProblemCodes.ActiveContent => "Contenu actif incorporé (objet, contrôle ActiveX)",
        ProblemCodes.ExternalRelationship => "Lien vers une ressource externe",
        ProblemCodes.PartIgnored => "Partie du document ignorée",
        ProblemCodes.NoManifest => "Manifeste de l'annexe absent",
        ProblemCodes.ManifestFromProperties => "Annexe identifiée par ses propriétés de document",
        ProblemCodes.ManifestUnreadable => "Manifeste de l'annexe illisible",
        ProblemCodes.ManifestConflict => "Manifeste et propriétés du document en désaccord",
        ProblemCodes.OtherTender => "Annexe d'une autre consultation",
        ProblemCodes.OtherLot => "Annexe d'un autre lot",
        ProblemCodes.AnswerTypesUnknown => "Types de réponse inconnus",
        ProblemCodes.FieldMissing => "Champ de réponse introuvable",
        ProblemCodes.FieldDuplicated => "Champ de réponse en double",
        ProblemCodes.PointNotInManifest => "Point absent du manifeste de l'annexe",
        ProblemCodes.FoundByPosition => "Réponses retrouvées par leur position dans les tableaux",
        ProblemCodes.FoundAsFieldOrText => "Réponse lue hors de son contrôle de formulaire",
        ProblemCodes.ControlOutsideTable => "Contrôle de réponse hors de son tableau",
        ProblemCodes.PointMissing => "Point supprimé ou introuvable",
        ProblemCodes.StatusMissing => "Réponse manquante (Oui / Non…)",
        ProblemCodes.DescriptionMissing => "Description manquante",
        ProblemCodes.ExplanationMissing => "Justification manquante",
        ProblemCodes.StatusTyped => "Statut saisi au clavier au lieu d'être choisi dans la liste",
        ProblemCodes.StatusInvalid => "Statut non reconnu",
        ProblemCodes.StatusNotOffered => "Statut non proposé pour ce point",
        ProblemCodes.DateInvalid => "Date de mise en conformité invalide",
        ProblemCodes.DateMissing => "Date de mise en conformité manquante",
        ProblemCodes.DateUnexpected => "Date de mise en conformité inattendue",
        ProblemCodes.DateDisagrees => "Date affichée différente de la date enregistrée",
        ProblemCodes.NothingAnswered => "Réponse manquante",
        ProblemCodes.CandidateFieldMissing => "Information du candidat manquante",
        ProblemCodes.SiretInvalid => "SIRET invalide",
        ProblemCodes.CandidateDateInvalid => "Date de signature invalide",
        ProblemCodes.CandidateBlockMissing => "Bloc d'identification du candidat introuvable",
        ProblemCodes.ClauseAltered => "Texte de la clause modifié",
        ProblemCodes.ClauseNotFound => "Texte de la clause introuvable",
        ProblemCodes.RevisionsPending => "Modifications suivies non acceptées",
        ProblemCodes.Comment => "Commentaire dans le document",
        _ => null,
    };
}
