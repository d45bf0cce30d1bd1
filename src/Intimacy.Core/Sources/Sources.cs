namespace Intimacy.Core.Sources;

/// <summary>
/// The works the built-in catalog cites: the five seed articles the project started from and the
/// published research, instruments, guidelines and standards behind its figures and safety rules.
/// </summary>
/// <remarks>
/// Titles and years are recorded only where the project is sure of them; a URL is given only when
/// it has been checked, otherwise it is null. Seed articles are cited by short names
/// (<c>source.rekindle</c>, <c>source.rebuild-emotional</c>, <c>source.therapist-guide</c>,
/// <c>source.spark</c>, <c>source.restore</c>).
/// </remarks>
public static class Sources
{
    // Seed articles: practitioner writing for the public.

    /// <summary>Seed article [rekindle]: rekindling intimacy and repairing emotional connection.</summary>
    public static Source Rekindle { get; } = new(
        "source.rekindle",
        "How to Rekindle Intimacy and Repair Emotional Connections in Your Relationship",
        null, null, SourceKind.SeedArticle, EvidenceLevel.PractitionerAdvice);

    /// <summary>Seed article [rebuild-emotional]: a telehealth counselling provider's article on emotional intimacy (October 2025).</summary>
    public static Source RebuildEmotional { get; } = new(
        "source.rebuild-emotional",
        "Rebuilding Emotional Intimacy: Strategies for Stronger Connections",
        "ReachLink (telehealth counselling provider)", 2025, SourceKind.SeedArticle, EvidenceLevel.PractitionerAdvice);

    /// <summary>Seed article [therapist-guide]: a couples therapist's guide to physical and emotional intimacy and sex therapy.</summary>
    public static Source TherapistGuide { get; } = new(
        "source.therapist-guide",
        "Untitled guide by a couples therapist on physical and emotional intimacy and sex therapy",
        null, null, SourceKind.SeedArticle, EvidenceLevel.PractitionerAdvice);

    /// <summary>Seed article [spark]: a therapist's short article on rebuilding emotional intimacy.</summary>
    public static Source Spark { get; } = new(
        "source.spark",
        "Rekindling the Spark: Rebuilding Emotional Intimacy in Your Relationship",
        null, null, SourceKind.SeedArticle, EvidenceLevel.PractitionerAdvice);

    /// <summary>Seed article [restore]: restoring intimacy, with an FAQ.</summary>
    public static Source Restore { get; } = new(
        "source.restore",
        "How to Restore Intimacy in a Relationship",
        "Anika Desai", null, SourceKind.SeedArticle, EvidenceLevel.PractitionerAdvice);

    // Relationship instruments.

    /// <summary>Schaefer &amp; Olson (1981): the PAIR inventory of five intimacy dimensions, realized versus ideal.</summary>
    public static Source SchaeferOlson1981 { get; } = new(
        "source.schaefer-olson-1981",
        "Assessing intimacy: The PAIR inventory",
        "Schaefer, M. T., & Olson, D. H.", 1981, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Journal of Marital and Family Therapy");

    /// <summary>Funk &amp; Rogge (2007): the Couples Satisfaction Index (CSI-32, -16, -4) and its cutoffs.</summary>
    public static Source FunkRogge2007 { get; } = new(
        "source.funk-rogge-2007",
        "Testing the ruler with item response theory: Increasing precision of measurement for relationship satisfaction with the Couples Satisfaction Index",
        "Funk, J. L., & Rogge, R. D.", 2007, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Journal of Family Psychology");

    /// <summary>Spanier (1976): the Dyadic Adjustment Scale (DAS).</summary>
    public static Source Spanier1976 { get; } = new(
        "source.spanier-1976",
        "Measuring dyadic adjustment: New scales for assessing the quality of marriage and similar dyads",
        "Spanier, G. B.", 1976, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Journal of Marriage and the Family");

    /// <summary>Busby et al. (1995): the Revised Dyadic Adjustment Scale (RDAS).</summary>
    public static Source Busby1995 { get; } = new(
        "source.busby-1995",
        "A revision of the Dyadic Adjustment Scale for use with distressed and nondistressed couples: Construct hierarchy and multidimensional scales",
        "Busby, D. M., Christensen, C., Crane, D. R., & Larson, J. H.", 1995, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Journal of Marital and Family Therapy");

    /// <summary>Anderson et al. (2014): the RDAS distress cutoff (47.31) and reliable change index.</summary>
    public static Source Anderson2014 { get; } = new(
        "source.anderson-2014",
        "The development of a reliable change index and cutoff for the Revised Dyadic Adjustment Scale",
        "Anderson, S. R., Tambling, R. B., Huff, S. C., Heafner, J., Johnson, L. N., & Ketring, S. A.", 2014,
        SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        new Uri("https://doi.org/10.1111/jmft.12095"), "Journal of Marital and Family Therapy");

    // Mental-health instruments and suicide-risk evidence.

    /// <summary>Kroenke et al. (2001): the PHQ-9 depression measure and its severity bands.</summary>
    public static Source Kroenke2001 { get; } = new(
        "source.kroenke-2001",
        "The PHQ-9: Validity of a brief depression severity measure",
        "Kroenke, K., Spitzer, R. L., & Williams, J. B. W.", 2001, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Journal of General Internal Medicine");

    /// <summary>Kroenke et al. (2003): the PHQ-2 depression screener.</summary>
    public static Source Kroenke2003 { get; } = new(
        "source.kroenke-2003",
        "The Patient Health Questionnaire-2: Validity of a two-item depression screener",
        "Kroenke, K., Spitzer, R. L., & Williams, J. B. W.", 2003, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Medical Care");

    /// <summary>Kroenke et al. (2007): anxiety disorders in primary care, including the GAD-2 screener.</summary>
    public static Source Kroenke2007 { get; } = new(
        "source.kroenke-2007",
        "Anxiety disorders in primary care: Prevalence, impairment, comorbidity, and detection",
        "Kroenke, K., Spitzer, R. L., Williams, J. B. W., Monahan, P. O., & Löwe, B.", 2007, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Annals of Internal Medicine");

    /// <summary>Spitzer et al. (2006): the GAD-7 anxiety measure and its severity bands.</summary>
    public static Source Spitzer2006 { get; } = new(
        "source.spitzer-2006",
        "A brief measure for assessing generalized anxiety disorder: The GAD-7",
        "Spitzer, R. L., Kroenke, K., Williams, J. B. W., & Löwe, B.", 2006, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Archives of Internal Medicine");

    /// <summary>Simon et al. (2013): PHQ-9 item 9 responses and later suicide attempts and deaths.</summary>
    public static Source Simon2013 { get; } = new(
        "source.simon-2013",
        "Does response on the PHQ-9 depression questionnaire predict subsequent suicide attempt or suicide death?",
        "Simon, G. E., Rutter, C. M., Peterson, D., Oliver, M., Whiteside, U., Operskalski, B., & Ludman, E. J.", 2013,
        SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        new Uri("https://doi.org/10.1176/appi.ps.201200587"), "Psychiatric Services");

    /// <summary>Louzon et al. (2016): PHQ-9 item 9 and suicide among VA patients; most suicides had answered 0.</summary>
    public static Source Louzon2016 { get; } = new(
        "source.louzon-2016",
        "Does suicidal ideation as measured by the PHQ-9 predict suicide among VA patients?",
        "Louzon, S. A., Bossarte, R., McCarthy, J. F., & Katz, I. R.", 2016,
        SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        new Uri("https://doi.org/10.1176/appi.ps.201500149"), "Psychiatric Services");

    // Sexual-function instruments and medical evidence.

    /// <summary>Rosen et al. (2000): the Female Sexual Function Index (FSFI).</summary>
    public static Source Rosen2000 { get; } = new(
        "source.rosen-2000",
        "The Female Sexual Function Index (FSFI): A multidimensional self-report instrument for the assessment of female sexual function",
        "Rosen, R., Brown, C., Heiman, J., Leiblum, S., Meston, C., Shabsigh, R., Ferguson, D., & D'Agostino, R.", 2000,
        SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Journal of Sex & Marital Therapy");

    /// <summary>Wiegel et al. (2005): the FSFI clinical cutoff of 26.55.</summary>
    public static Source Wiegel2005 { get; } = new(
        "source.wiegel-2005",
        "The Female Sexual Function Index (FSFI): Cross-validation and development of clinical cutoff scores",
        "Wiegel, M., Meston, C., & Rosen, R.", 2005, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Journal of Sex & Marital Therapy");

    /// <summary>Rosen et al. (1999): the five-item International Index of Erectile Function (IIEF-5, SHIM) and its bands.</summary>
    public static Source Rosen1999 { get; } = new(
        "source.rosen-1999",
        "Development and evaluation of an abridged, 5-item version of the International Index of Erectile Function (IIEF-5) as a diagnostic tool for erectile dysfunction",
        "Rosen, R. C., Cappelleri, J. C., Smith, M. D., Lipsky, J., & Peña, B. M.", 1999,
        SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "International Journal of Impotence Research");

    /// <summary>Nehra et al. (2012), the Princeton III consensus: erectile dysfunction as an early sign of cardiovascular disease.</summary>
    public static Source PrincetonIII { get; } = new(
        "source.princeton-iii",
        "The Princeton III Consensus recommendations for the management of erectile dysfunction and cardiovascular disease",
        "Nehra, A., Jackson, G., Miner, M., et al. (Princeton Consensus Panel)", 2012, SourceKind.Guideline, EvidenceLevel.Guideline,
        publishedIn: "Mayo Clinic Proceedings");

    /// <summary>Montejo et al. (2001): sexual dysfunction in about 59% of antidepressant users.</summary>
    public static Source Montejo2001 { get; } = new(
        "source.montejo-2001",
        "Incidence of sexual dysfunction associated with antidepressant agents: A prospective multicenter study of 1022 outpatients",
        "Montejo, A. L., Llorca, G., Izquierdo, J. A., & Rico-Villademoros, F.", 2001,
        SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Journal of Clinical Psychiatry");

    // Attachment.

    /// <summary>Fraley et al. (2000): the Experiences in Close Relationships–Revised (ECR-R) attachment measure.</summary>
    public static Source Fraley2000 { get; } = new(
        "source.fraley-2000",
        "An item response theory analysis of self-report measures of adult attachment",
        "Fraley, R. C., Waller, N. G., & Brennan, K. A.", 2000, SourceKind.PeerReviewedPaper, EvidenceLevel.ObservationalStudy,
        publishedIn: "Journal of Personality and Social Psychology");

    // Safety.

    /// <summary>Jose &amp; O'Leary (2009): how common partner aggression is in community and clinic samples.</summary>
    public static Source JoseOLeary2009 { get; } = new(
        "source.jose-oleary-2009",
        "Prevalence of partner aggression in representative and clinic samples",
        "Jose, A., & O'Leary, K. D.", 2009, SourceKind.Book, EvidenceLevel.ObservationalStudy,
        publishedIn: "Psychological and physical aggression in couples: Causes and interventions (American Psychological Association)");

    /// <summary>Stith, McCollum &amp; Rosen (2011): screening and safe conjoint treatment where there is partner violence.</summary>
    public static Source StithMcCollumRosen2011 { get; } = new(
        "source.stith-mccollum-rosen-2011",
        "Couples Therapy for Domestic Violence: Finding Safe Solutions",
        "Stith, S. M., McCollum, E. E., & Rosen, K. H.", 2011, SourceKind.Book, EvidenceLevel.Guideline,
        publishedIn: "American Psychological Association");

    // Treatments.

    /// <summary>Doherty &amp; Harris (2017): discernment counselling for couples where one partner is leaning out.</summary>
    public static Source DohertyHarris2017 { get; } = new(
        "source.doherty-harris-2017",
        "Helping Couples on the Brink of Divorce: Discernment Counseling for Troubled Relationships",
        "Doherty, W. J., & Harris, S. M.", 2017, SourceKind.Book, EvidenceLevel.PractitionerAdvice,
        publishedIn: "American Psychological Association");

    /// <summary>O'Farrell &amp; Fals-Stewart (2006): behavioural couples therapy for alcohol and drug problems.</summary>
    public static Source OFarrellFalsStewart2006 { get; } = new(
        "source.ofarrell-fals-stewart-2006",
        "Behavioral Couples Therapy for Alcoholism and Drug Abuse",
        "O'Farrell, T. J., & Fals-Stewart, W.", 2006, SourceKind.Book, EvidenceLevel.Trial,
        publishedIn: "Guilford Press");

    /// <summary>Masters &amp; Johnson (1970): the origin of sensate focus.</summary>
    public static Source MastersJohnson1970 { get; } = new(
        "source.masters-johnson-1970",
        "Human Sexual Inadequacy",
        "Masters, W. H., & Johnson, V. E.", 1970, SourceKind.Book, EvidenceLevel.ObservationalStudy,
        publishedIn: "Little, Brown");

    /// <summary>Johnson et al. (1999): meta-analysis of emotionally focused couples therapy (about 70–73% recover from distress).</summary>
    public static Source Johnson1999 { get; } = new(
        "source.johnson-1999",
        "Emotionally focused couples therapy: Status and challenges",
        "Johnson, S. M., Hunsley, J., Greenberg, L., & Schindler, D.", 1999, SourceKind.PeerReviewedPaper, EvidenceLevel.MetaAnalysis,
        publishedIn: "Clinical Psychology: Science and Practice");

    /// <summary>Gottman (1994): the "four horsemen" and the ratio of positive to negative interactions in conflict.</summary>
    public static Source Gottman1994 { get; } = new(
        "source.gottman-1994",
        "What Predicts Divorce? The Relationship Between Marital Processes and Marital Outcomes",
        "Gottman, J. M.", 1994, SourceKind.Book, EvidenceLevel.ObservationalStudy,
        publishedIn: "Lawrence Erlbaum Associates");

    /// <summary>Doss et al. (2016): randomised trial of the web-based OurRelationship programme.</summary>
    public static Source Doss2016 { get; } = new(
        "source.doss-2016",
        "A randomized controlled trial of the web-based OurRelationship program: Effects on relationship and individual functioning",
        "Doss, B. D., Cicila, L. N., Georgia, E. J., Roddy, M. K., Nowlan, K. M., Benson, L. A., & Christensen, A.", 2016,
        SourceKind.PeerReviewedPaper, EvidenceLevel.Trial,
        publishedIn: "Journal of Consulting and Clinical Psychology");

    /// <summary>Chapman (1992): the five love languages, named by the seed articles.</summary>
    public static Source Chapman1992 { get; } = new(
        "source.chapman-1992",
        "The Five Love Languages",
        "Chapman, G.", 1992, SourceKind.Book, EvidenceLevel.PractitionerAdvice,
        publishedIn: "Northfield Publishing");

    // Standards.

    /// <summary>HL7 CDS Hooks: the "card" format clinical systems use for decision-support advice.</summary>
    public static Source CdsHooks { get; } = new(
        "source.cds-hooks",
        "CDS Hooks specification",
        "HL7 International", null, SourceKind.TechnicalSpecification, EvidenceLevel.TechnicalStandard,
        new Uri("https://cds-hooks.hl7.org/"));

    /// <summary>Every source above, seeds first, then published works in the order they are declared.</summary>
    public static IReadOnlyList<Source> All { get; } = Array.AsReadOnly(
    [
        Rekindle, RebuildEmotional, TherapistGuide, Spark, Restore,
        SchaeferOlson1981, FunkRogge2007, Spanier1976, Busby1995, Anderson2014,
        Kroenke2001, Kroenke2003, Kroenke2007, Spitzer2006, Simon2013, Louzon2016,
        Rosen2000, Wiegel2005, Rosen1999, PrincetonIII, Montejo2001,
        Fraley2000,
        JoseOLeary2009, StithMcCollumRosen2011,
        DohertyHarris2017, OFarrellFalsStewart2006, MastersJohnson1970, Johnson1999, Gottman1994, Doss2016, Chapman1992,
        CdsHooks,
    ]);
}
