namespace Clausier.Testing;

/// <summary>Tender files the tests of several projects read, written out so that a review sees every value.</summary>
public static class TenderFixtures
{
    /// <summary>
    /// A tender that sets every key <c>TenderReader</c> reads (docs/tender-format.md, docs/evaluate.md), each
    /// to a value other than its default, and valid against the built-in catalogue: what a lossless round
    /// trip through the web form or the YAML writer must give back whole.
    /// </summary>
    public const string EveryKeyYaml = """
        reference: INFO 26-077
        subject: "Imagerie : PACS hébergé et moniteurs connectés"
        procedure: Procédure avec négociation
        contract_form: Accord-cadre à bons de commande
        annex_number: "4b"
        version: "2.3"
        date: 2027-03-01
        deadline: 2027-04-01 09:30
        platform: https://www.marches-publics.gouv.fr
        catalogue: ../clausier-sante-v2.yaml
        cpv:
          - 48180000-3
          - 33111000-1
        buyer:
          name: Centre hospitalier de Saint-Aubin
          group: GHT Cœur de Loire
          address: 3 rue de l'Hôpital, 41000 Saint-Aubin
          service: Direction du numérique
          contact: marches@ch-saint-aubin.fr
        segment: hosting
        lots:
          - number: "1"
            title: Moniteurs de surveillance connectés
            segment: biomedical
            segment_options:
              - sans-comptes-utilisateurs
            exclude_points:
              - O-10.2
          - number: "2"
            title: PACS hébergé
            include_points:
              - O-4.1
              - O-5.4
        options:
          allow_partial: true
          typography: false
          include_sections:
            - "12.5"
          exclude_sections:
            - "12.1"
          include_points:
            - O-2.7
          exclude_points:
            - O-7.2
          parameters:
            establishment: le centre hospitalier de Saint-Aubin
            dpo_contact: dpo@ch-saint-aubin.fr
            ciso_contact: rssi@ch-saint-aubin.fr
            incident_report_delay: 24 heures
            tls_min_version: "1.1"
          derogations:
            - parameter: tls_min_version
              reason: Les moniteurs du lot 1 ne parlent que TLS 1.1 jusqu'en 2028.
            - point: O-10.2
              reason: Aucun équipement Wi-Fi n'est fourni.
        evaluation:
          criterion: Sécurité des systèmes d'information
          total: 100
          weights:
            sections:
              "3": 33.3
              "5": 33.3
              "12.3": 33.4
            points:
              O-3.1: 2
              O-5.2: 1.5
          importance:
            default: scored
            answer_types:
              Aucune: informative
            sections:
              "12.3": mandatory
            points:
              O-3.1: mandatory
              O-5.4: informative
          scale:
            oui: 1
            partiel: 0.4
            non_concerne: 0.9
            non: 0
            sans_reponse: 0
            description: 0.75
        """;
}
