package org.cabletrends.synth;

import java.util.List;

/**
 * Project-written sentence templates and filler vocabulary. Slots: {T} a topic word, {B} a background word,
 * {P} a person, {C} the post's city, {D} a day, {MO} a month, {N} a number, {M} an amount, {X}/{Y} theme terms.
 * None of this text contains a theme term, so theme terms appear only where the planner puts them.
 */
final class Lexicon {
    static final List<String> BACKGROUND = List.of("government", "ministry", "administration", "council", "committee", "commission", "office", "department", "leadership",
            "working group", "task force", "directorate", "regional administration", "city administration",
            "presidential administration", "executive branch", "business community",
            "donor community", "diplomatic corps", "expert community", "think tank", "state agency",
            "inter-agency group", "steering committee", "review board", "policy unit", "planning office");

    static final List<String> SENTENCES = List.of(
            "On {D}, {P} told poloff that the {T} remained a central concern for the {B}.",
            "{P} said the {B} plans to review the {T} and the state of the {T} before the end of the year.",
            "According to {P}, officials in {C} have discussed the {T} with the {B} several times since {MO}.",
            "The {B} has allocated {M} for the {T}, although {P} doubted that the work would finish on schedule.",
            "{P} noted that the {T} was \"largely unchanged\" and that the {B} would follow up on the {T}.",
            "Embassy contacts expect the {T} to remain a priority for the {B} over the next {N} months.",
            "In a meeting with the Ambassador, {P} described the {T} as a test for the {B}.",
            "{P} complained that the {B} had ignored repeated requests concerning the {T}.",
            "Local press reported {N} separate items on the {T} in {C} last month.",
            "The {B} in {C} has not yet responded to questions about the {T} or the related {T}.",
            "Poloff also raised the {T}, and {P} promised a written reply on the {T}.",
            "Separately, the {B} announced new rules on the {T}, effective {MO} 1.",
            "{P} predicted that the {T} would dominate the work of the {B} for the rest of the year.",
            "Several members of the {B} questioned the cost of the {T}, estimated at {M}.",
            "The {B} appears divided over the {T}, with some officials favoring a slower approach to the {T}.",
            "{P} added that the {T} had been discussed at length during a closed session of the {B}.",
            "Econoff learned from {P} that the {T} is now managed directly by the {B}.",
            "Most observers in {C} see the {T} as a sign of the growing influence of the {B}.");

    static final List<String> THEME_SENTENCES = List.of(
            "{P} said that {X} remained a pressing concern in {C}.",
            "Officials acknowledged problems with {X} but said the {B} was addressing them.",
            "On {D}, {P} briefed poloff on {X} and on the {T}.",
            "According to {P}, reported cases involving {X} have grown by {N} percent since last year.",
            "The {B} promised to consult local experts on {X} before drafting rules on the {T}.",
            "{P} argued that {X} and {Y} deserve more attention from the {B}.",
            "Observers in {C} linked {X} to the wider debate over the {T}.",
            "{P} told the Ambassador that {X} would be raised at the next session of the {B}.",
            "Contacts in {C} described {X} as the most visible issue of the past {N} weeks.");

    static final List<String> SUMMARY_SENTENCES = List.of(
            "This cable reports on recent developments in {C}.",
            "Post will continue to follow these issues closely.",
            "The picture that emerges is mixed.");

    static final List<String> COMMENT_SENTENCES = List.of(
            "Post assesses that progress will be slow.",
            "We will continue to engage the {B} on these questions.",
            "The episode shows how much depends on a small circle of officials.");

    static final List<String> HEADINGS = List.of("{T} ON THE TABLE", "{B} REVIEWS {T}", "CONCERNS OVER {T}",
            "BACKGROUND", "NEXT STEPS", "{T} AND THE {B}", "VIEWS FROM {C}", "A MIXED PICTURE");

    static final List<String> SUBJECTS = List.of("{B} DISCUSSES {T}", "{T} AND {T} IN {C}",
            "NEW PRESSURES ON {T}", "{C} OFFICIALS WEIGH {T}", "UPDATE ON {T}");

    static final List<String> TITLES = List.of("Deputy Minister", "Vice Minister", "a senior ministry official",
            "Presidential adviser", "a retired diplomat", "the regional akim's deputy", "an academic contact",
            "a prominent lawyer", "the head of a local foundation", "business leader", "a parliamentary staffer",
            "the district chief", "journalism professor");

    static final List<String> FIRST_NAMES = List.of("Arman", "Dilnoza", "Tomas", "Leyla", "Farid", "Irina", "Kofi",
            "Amina", "Ravi", "Mei", "Jorge", "Lucia", "Nikolai", "Selin", "Omar", "Hana", "Bekzat", "Ngozi",
            "Pavel", "Thandi", "Anil", "Rosa", "Emre", "Zarina", "Diego", "Salma", "Viktor", "Asel");

    static final List<String> LAST_NAMES = List.of("Seitkali", "Rahimova", "Varga", "Aliyeva", "Nasser", "Orlova",
            "Mensah", "Haddad", "Menon", "Zhou", "Castillo", "Ferreira", "Petrenko", "Yilmaz", "Khalil", "Tanaka",
            "Omarov", "Okafor", "Novak", "Dlamini", "Sharma", "Quispe", "Demir", "Tursunova", "Morales",
            "Benali", "Kovalenko", "Zhumabek");

    static final List<String> SIGNERS = List.of("HOLLIS", "BRANDER", "MCKEEVER", "ASHWORTH", "DALRYMPLE",
            "FENWICK", "GARLAND", "HALVORSEN", "ILSLEY", "JARDINE", "KESTREL", "LANGDON", "MARLOWE", "NORCROSS",
            "OAKLEY", "PRENTISS", "QUINLAN", "RADCLIFFE", "SELDEN", "THACKERAY", "UPSHAW", "VANCE", "WHITCOMB",
            "YARDLEY", "ABERNATHY", "BLACKWOOD", "CRANSTON", "DUNMORE", "ELLSWORTH", "FAIRBANKS", "GILCHRIST",
            "HARTWELL", "KINGSLEY", "LOCKHART", "MERRIWEATHER", "PEMBERTON", "ROCKWELL", "STANHOPE",
            "TREMAINE", "WAVERLY");

    static final List<String> CLASSIFIERS = List.of("Ambassador", "DCM", "Political Officer", "Pol/Econ Chief",
            "Charge d'Affaires", "Political Counselor", "Deputy Chief of Mission");

    static final List<String> REASONS = List.of("1.4 (b) and (d)", "1.4 (b), (d)", "1.4 (d)", "1.4 (b)");

    static final List<String> FILLER_TAGS = List.of("PREL", "PINR", "PTER", "EAID", "ETRD", "ENRG", "EPET",
            "MARR", "EFIN", "PINS", "ASEC", "CVIS", "MOPS", "SNAR", "EINV", "OEXC", "OVIP");

    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    static final List<String> INFO = List.of("RUCNCIS/CIS COLLECTIVE", "RUEHZL/EUROPEAN POLITICAL COLLECTIVE",
            "RUCNDT/USMISSION USUN NEW YORK", "RUEHNO/USMISSION USNATO", "RUEAIIA/CIA WASHDC",
            "RHEFDIA/DIA WASHDC", "RHEHNSC/NSC WASHDC", "RUEKJCS/SECDEF WASHDC", "RUEKJCS/JOINT STAFF WASHDC");

    private Lexicon() {
    }
}
