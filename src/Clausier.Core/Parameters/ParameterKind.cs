namespace Clausier.Core.Parameters;

/// <summary>What a catalogue parameter holds, which decides how a tender value is checked and printed.</summary>
public enum ParameterKind
{
    /// <summary>Free text, printed as written.</summary>
    Text,

    /// <summary>A noun phrase with its article ("le centre hospitalier de Montval"), contracted after "de" and "à".</summary>
    Designation,

    /// <summary>Who to write to: an e-mail address or a telephone number, or failing that a description.</summary>
    Contact,

    /// <summary>A whole number of days, printed with its unit ("21 jours", "1 jour").</summary>
    Days,

    /// <summary>A whole number of months, printed with its unit ("3 mois").</summary>
    Months,

    /// <summary>A number with a unit among heures, jours, semaines and mois ("15 jours", "1 mois").</summary>
    Delay,

    /// <summary>A version number such as 1.2.</summary>
    Version,
}
