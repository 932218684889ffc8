package org.cabletrends.synth;

import java.util.List;
import java.util.Locale;

/**
 * The planted civil-society themes. Each has a project-written term list (terms of different themes never contain
 * one another as whole words, and no other generator vocabulary contains any of them) and the TAGS codes that mark it.
 */
public enum Theme {
    MIGRATION("migration", List.of("SMIG", "PREF"), List.of("migrant", "migrants", "internal migration", "refugee",
            "refugees", "asylum seekers", "resettlement", "displaced persons", "labor migrants", "returnees")),
    HOUSING("housing", List.of("ECON", "SOCI"), List.of("housing", "illegal settlements", "demolition",
            "demolitions", "evictions", "land claims", "mortgage", "mortgages", "homeowners", "squatters")),
    CIVIL_SOCIETY("civil_society", List.of("KDEM", "SOCI"), List.of("civil society", "NGO", "NGOs",
            "non-governmental organizations", "community groups", "volunteers", "grassroots", "advocacy groups")),
    PROTEST("protest", List.of("PGOV", "PHUM"), List.of("protest", "protests", "protesters", "demonstrators",
            "demonstration", "rally", "rallies", "riot police", "sit-in", "picket")),
    ELECTIONS("elections", List.of("KDEM", "PGOV"), List.of("election", "elections", "ballot", "ballots",
            "polling stations", "voter lists", "electoral commission", "runoff", "candidates", "turnout")),
    MEDIA_FREEDOM("media_freedom", List.of("KPAO"), List.of("journalist", "journalists", "newspaper",
            "newspapers", "censorship", "broadcast license", "press freedom", "editors", "bloggers", "libel suits")),
    LABOUR("labour", List.of("ELAB"), List.of("trade union", "trade unions", "workers", "wages", "labor inspectors",
            "minimum wage", "collective bargaining", "work stoppage", "unpaid salaries")),
    HUMAN_RIGHTS("human_rights", List.of("PHUM"), List.of("human rights", "torture", "detainees",
            "political prisoners", "ombudsman", "due process", "arbitrary detention", "rights defenders")),
    RELIGION("religion", List.of("KIRF"), List.of("religious freedom", "church", "churches", "mosque", "mosques",
            "clergy", "worship", "religious minorities", "congregation", "missionaries")),
    CORRUPTION("corruption", List.of("KCOR"), List.of("corruption", "bribery", "bribes", "embezzlement",
            "kickbacks", "anti-corruption agency", "graft", "illicit enrichment")),
    HEALTH("health", List.of("KHIV", "TBIO"), List.of("HIV", "tuberculosis", "clinics", "vaccination", "epidemic",
            "hospitals", "public health", "avian influenza", "antiretroviral")),
    TRAFFICKING("trafficking", List.of("KTIP"), List.of("trafficking in persons", "trafficking victims",
            "traffickers", "forced labor", "sex trafficking", "smuggling networks", "victim shelters"));

    private final String id;
    private final List<String> tags;
    private final List<String> terms;

    Theme(String id, List<String> tags, List<String> terms) {
        this.id = id;
        this.tags = tags;
        this.terms = terms;
    }

    /** The id used in JSON, e.g. {@code civil_society}. */
    public String id() {
        return id;
    }

    /** TAGS codes that mark the theme; a themed cable carries one or both. */
    public List<String> tags() {
        return tags;
    }

    public List<String> terms() {
        return terms;
    }

    /** A short readable label for subject lines, e.g. {@code CIVIL SOCIETY}. */
    public String label() {
        return id.replace('_', ' ').toUpperCase(Locale.ROOT);
    }

    public static Theme fromId(String id) {
        for (Theme t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Invalid theme id: '" + id + "'");
    }
}
