package org.cabletrends.synth;

import java.util.List;

/** The posts the generator sends from: real post names (not cable text) with invented volumes. */
final class Posts {
    static final List<Post> ALL = List.of(
            p("ASTANA", "AMEMBASSY", "RUEHTA", "KAZAKHSTAN", "KZ", 6),
            p("ALMATY", "AMCONSUL", "RUEHAH", "KAZAKHSTAN", "KZ", 2),
            p("BISHKEK", "AMEMBASSY", "RUEHEK", "KYRGYZSTAN", "KG", 3),
            p("TASHKENT", "AMEMBASSY", "RUEHNT", "UZBEKISTAN", "UZ", 3),
            p("DUSHANBE", "AMEMBASSY", "RUEHDBU", "TAJIKISTAN", "TI", 2),
            p("ASHGABAT", "AMEMBASSY", "RUEHAH", "TURKMENISTAN", "TX", 2),
            p("BAKU", "AMEMBASSY", "RUEHKB", "AZERBAIJAN", "AJ", 3),
            p("TBILISI", "AMEMBASSY", "RUEHSI", "GEORGIA", "GG", 3),
            p("YEREVAN", "AMEMBASSY", "RUEHYE", "ARMENIA", "AM", 2),
            p("MOSCOW", "AMEMBASSY", "RUEHMO", "RUSSIA", "RS", 7),
            p("KYIV", "AMEMBASSY", "RUEHKV", "UKRAINE", "UP", 4),
            p("MINSK", "AMEMBASSY", "RUEHSK", "BELARUS", "BO", 2),
            p("CHISINAU", "AMEMBASSY", "RUEHCH", "MOLDOVA", "MD", 2),
            p("ANKARA", "AMEMBASSY", "RUEHAK", "TURKEY", "TU", 6),
            p("ISTANBUL", "AMCONSUL", "RUEHIT", "TURKEY", "TU", 2),
            p("CAIRO", "AMEMBASSY", "RUEHEG", "EGYPT", "EG", 5),
            p("AMMAN", "AMEMBASSY", "RUEHAM", "JORDAN", "JO", 4),
            p("BEIRUT", "AMEMBASSY", "RUEHLB", "LEBANON", "LE", 4),
            p("RABAT", "AMEMBASSY", "RUEHRB", "MOROCCO", "MO", 3),
            p("TUNIS", "AMEMBASSY", "RUEHTU", "TUNISIA", "TS", 2),
            p("ALGIERS", "AMEMBASSY", "RUEHAS", "ALGERIA", "AG", 2),
            p("NAIROBI", "AMEMBASSY", "RUEHNR", "KENYA", "KE", 4),
            p("ADDIS ABABA", "AMEMBASSY", "RUEHDS", "ETHIOPIA", "ET", 3),
            p("ABUJA", "AMEMBASSY", "RUEHUJA", "NIGERIA", "NI", 3),
            p("LAGOS", "AMCONSUL", "RUEHOS", "NIGERIA", "NI", 2),
            p("ACCRA", "AMEMBASSY", "RUEHAR", "GHANA", "GH", 2),
            p("DAKAR", "AMEMBASSY", "RUEHDK", "SENEGAL", "SG", 2),
            p("HARARE", "AMEMBASSY", "RUEHSB", "ZIMBABWE", "ZI", 3),
            p("PRETORIA", "AMEMBASSY", "RUEHSA", "SOUTH AFRICA", "SF", 3),
            p("KAMPALA", "AMEMBASSY", "RUEHKM", "UGANDA", "UG", 2),
            p("NEW DELHI", "AMEMBASSY", "RUEHNE", "INDIA", "IN", 5),
            p("DHAKA", "AMEMBASSY", "RUEHKA", "BANGLADESH", "BG", 3),
            p("KATHMANDU", "AMEMBASSY", "RUEHKT", "NEPAL", "NP", 2),
            p("COLOMBO", "AMEMBASSY", "RUEHLM", "SRI LANKA", "CE", 3),
            p("ISLAMABAD", "AMEMBASSY", "RUEHIL", "PAKISTAN", "PK", 5),
            p("JAKARTA", "AMEMBASSY", "RUEHJA", "INDONESIA", "ID", 4),
            p("MANILA", "AMEMBASSY", "RUEHML", "PHILIPPINES", "RP", 3),
            p("BANGKOK", "AMEMBASSY", "RUEHBK", "THAILAND", "TH", 5),
            p("HANOI", "AMEMBASSY", "RUEHHI", "VIETNAM", "VM", 3),
            p("BEIJING", "AMEMBASSY", "RUEHBJ", "CHINA", "CH", 7),
            p("SHANGHAI", "AMCONSUL", "RUEHGH", "CHINA", "CH", 3),
            p("BRASILIA", "AMEMBASSY", "RUEHBR", "BRAZIL", "BR", 4),
            p("SAO PAULO", "AMCONSUL", "RUEHSO", "BRAZIL", "BR", 2),
            p("BOGOTA", "AMEMBASSY", "RUEHBO", "COLOMBIA", "CO", 4),
            p("LIMA", "AMEMBASSY", "RUEHPE", "PERU", "PE", 3),
            p("CARACAS", "AMEMBASSY", "RUEHCV", "VENEZUELA", "VE", 4),
            p("MEXICO", "AMEMBASSY", "RUEHME", "MEXICO", "MX", 5),
            p("LA PAZ", "AMEMBASSY", "RUEHLP", "BOLIVIA", "BL", 2),
            p("QUITO", "AMEMBASSY", "RUEHQT", "ECUADOR", "EC", 2),
            p("MADRID", "AMEMBASSY", "RUEHMD", "SPAIN", "SP", 3),
            p("ROME", "AMEMBASSY", "RUEHRO", "ITALY", "IT", 3),
            p("WARSAW", "AMEMBASSY", "RUEHWR", "POLAND", "PL", 3),
            p("GENEVA", "USMISSION", "RUEHGV", "SWITZERLAND", "SZ", 2));

    private Posts() {
    }

    private static Post p(String place, String kind, String routing, String country, String tag, double weight) {
        return new Post(place, kind, routing, country, tag, weight);
    }
}
