package org.cabletrends.synth;

import java.util.ArrayList;
import java.util.List;

/** The VZCZC routing header block of site, PlusD and seed cables. */
final class Headers {
    private Headers() {
    }

    static List<String> routing(CablePlan plan) {
        CableTruth t = plan.truth();
        String letter = switch (t.precedence()) {
            case "IMMEDIATE" -> "O";
            case "PRIORITY" -> "P";
            default -> "R";
        };
        List<String> lines = new ArrayList<>();
        lines.add(String.format("VZCZCXRO%04d", plan.routingNo()));
        StringBuilder routes = new StringBuilder(letter + letter);
        for (String info : plan.info()) {
            if (info.startsWith("RUEH") && info.contains("/AM")) {
                routes.append(' ').append(info, 0, info.indexOf('/'));
            }
        }
        lines.add(routes.length() > 2 ? routes.toString() : letter + letter + " RUEHWEB");
        lines.add("DE " + t.post().routing() + " #" + String.format("%04d", serial(t) % 10_000) + (t.sectionCount() > 1 ? "/01" : "") + " "
                + Dtg.julian(CableRenderer.at(t)));
        lines.add(new Level(t.classification(), t.caveats().contains("NOFORN")).znLine());
        lines.add(letter + " " + t.dtgAsWritten());
        lines.add("FM " + t.post().asWritten());
        lines.add("TO RUEHC/SECSTATE WASHDC " + (letter.equals("R") ? "" : t.precedence() + " ")
                + String.format("%04d", plan.toNumber()));
        for (int i = 0; i < plan.info().size(); i++) {
            lines.add((i == 0 ? "INFO " : "") + plan.info().get(i));
        }
        return lines;
    }

    /** The serial number: the digits after the post code in the refid. */
    static int serial(CableTruth t) {
        return Integer.parseInt(t.refid().substring(2 + t.post().code().length()));
    }
}
