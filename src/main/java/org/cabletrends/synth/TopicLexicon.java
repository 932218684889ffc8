package org.cabletrends.synth;

import java.util.List;

/**
 * Project-written word lists of the latent topics: 40 single words each, pairwise disjoint, none of them a theme
 * term. A topic's word distribution is a seeded Zipf-like weighting over its list (see {@link TopicModel}).
 */
final class TopicLexicon {
    static final int MAX_TOPICS = 12;

    static final List<String> NAMES = List.of("energy", "security", "trade", "finance", "diplomacy", "agriculture",
            "justice", "education", "party_politics", "transport", "environment", "defense");

    static final List<List<String>> WORDS = List.of(
            words("pipeline refinery crude gas oil electricity grid reactor uranium pricing output barrels drilling "
                    + "concession exploration turbines hydropower dam coal fuel gasoline blackout transmission "
                    + "capacity wells offshore upstream downstream consortium royalties kilowatt megawatt generator "
                    + "substation condensate petrochemical shortage subsidy utility refineries"),
            words("militants insurgents border patrol checkpoint garrison brigade ambush explosives weapons "
                    + "ammunition troops battalion commander convoy raid hostages kidnapping airstrike ceasefire "
                    + "infiltration mortar sniper casualties deployment peacekeepers barracks artillery helicopter "
                    + "reconnaissance counterterrorism extremists arsenal landmines perimeter militia warlord gunmen "
                    + "insurgency bombing"),
            words("exports imports customs quota tariffs shipment freight port containers duties dumping accession "
                    + "negotiators textiles garments wheat cotton grain fertilizer steel aluminum invoices surplus "
                    + "deficit consignment certification warehouse wholesale retailers commodities licensing embargo "
                    + "distributors barter franchise exporters importers liberalization quotas shippers"),
            words("budget inflation bank banks deposits loans currency devaluation bonds treasury liquidity "
                    + "lenders borrowers credit interest insurance securities stock exchange dividends auditors "
                    + "revenue taxes taxation privatization shareholders investors equity capital bailout "
                    + "receivables arrears creditors debt default rating pension payroll accounting underwriters"),
            words("summit delegation communique treaty accord envoy consultations counterparts demarche "
                    + "visit ambassadors protocol ratification sanctions mediation talks dialogue rapprochement "
                    + "neighbors overture roadmap memorandum signing envoys emissary invitation ministerial chancery "
                    + "credentials consulate delegates plenipotentiaries guarantees normalization detente framework "
                    + "partnership reciprocity courtesy chancelleries"),
            words("harvest drought irrigation livestock cattle farmers crops seeds tractors locusts rainfall yields "
                    + "orchards rice maize sugar dairy fisheries veterinary pasture herders granary silos flood "
                    + "agronomists pesticides cooperatives plantations acreage vineyards poultry hatchery soil "
                    + "erosion forestry timber logging greenhouse barley sowing"),
            words("court judge judges prosecutor verdict appeal trial indictment lawyers defendant acquittal "
                    + "testimony witnesses magistrate bail jury constitution amendment statute decree tribunal "
                    + "plaintiff litigation arbitration notary registry penalty fines parole warrant subpoena "
                    + "affidavit docket clerk bailiff jurisprudence prosecutors hearing sentencing courtroom"),
            words("university students teachers curriculum textbooks scholarships laboratory research scientists "
                    + "exams graduates schools enrollment literacy faculty professors lecture academy alumni diploma "
                    + "tuition campus library dormitory fellowship semester rector kindergarten pupils vocational "
                    + "accreditation internship seminar institute physics chemistry engineering mathematics "
                    + "linguistics teaching"),
            words("parliament party coalition opposition faction deputies speaker cabinet portfolio premier "
                    + "reshuffle caucus platform chairman presidency mandate referendum legislature senate governor "
                    + "mayor constituency resignation successor loyalists reformers hardliners bloc alliance "
                    + "secretariat congress plenary quorum motion veto ordinance decentralization patronage clan "
                    + "nominee"),
            words("railway highway airport runway bridge tunnel road construction contractor tender asphalt rail "
                    + "locomotive trucks cargo airline aviation terminal harbor ferry metro bus traffic toll "
                    + "corridor pavement overpass viaduct depot shipping dredging canal jetty wagons junction "
                    + "motorway interchange signaling timetable railcars"),
            words("pollution emissions glacier wildlife deforestation desertification sewage wastewater landfill "
                    + "recycling biodiversity habitat conservation climate carbon ozone toxins spill contamination "
                    + "watershed aquifer lake river basin wetlands rangers poaching species smog dust radiation "
                    + "salinity reforestation sanctuary coastline mangroves algae rainforest ecosystem ecologists"),
            words("training exercise interoperability frigate aircraft navy army officers cadets maintenance radar "
                    + "missile airbase squadron submarine vessel doctrine modernization attache exercises simulation "
                    + "drills fighters corvette destroyer logistics procurement sustainment readiness tanks "
                    + "armored howitzer paratroopers marines sergeants conscripts quartermaster torpedo "
                    + "minesweeper hangar"));

    private TopicLexicon() {
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
