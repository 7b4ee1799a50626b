package org.marsad.entity.extraction;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries the curated knowledge-base files leave out, named in Arabic, French and English from the CLDR data in
 * ICU4J, so that a country no file lists ("قبرص", "Angola") is still found. Curated entries win: a territory whose
 * name already names a KB place is skipped. These entries carry no Wikidata id and no nationality adjectives.
 */
final class CldrCountries {

    private static final ULocale ARABIC = ULocale.forLanguageTag("ar");
    /**
     * Territories left out: names that are also common words of the texts ("réunion", "الجبل الأسود"), places with no
     * country of their own or already curated under another name (Palestine, Ceuta, Melilla), and Western Sahara,
     * whose naming the curated files decide.
     */
    private static final Set<String> SKIPPED = Set.of("RE", "ME", "CX", "UM", "TF", "HM", "BV", "IO", "AQ", "EH",
            "CC", "MF", "BL", "SX", "BQ", "CW", "AX", "GS", "PN", "NF", "PS", "JE", "EA", "IC", "DG", "TA", "CP", "AC");

    private CldrCountries() {
    }

    /** Country entities for CLDR territories that none of {@code known}'s places names. */
    static List<KbEntity> missingFrom(List<KbEntity> known) {
        Set<String> knownNames = new HashSet<>();
        Set<String> knownIds = new HashSet<>();
        for (KbEntity e : known) {
            knownIds.add(e.id());
            if (e.type() == EntityType.LOCATION) {
                knownNames.add(NameKey.of(e.name()));
                e.aliases().forEach(a -> knownNames.add(NameKey.of(a)));
            }
        }
        List<KbEntity> out = new ArrayList<>();
        for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
            String code = region.toString();
            if (SKIPPED.contains(code)) {
                continue;
            }
            ULocale territory = new ULocale("", code);
            String en = territory.getDisplayCountry(ULocale.ENGLISH);
            String fr = territory.getDisplayCountry(ULocale.FRENCH);
            String ar = territory.getDisplayCountry(ARABIC);
            String id = slug(en);
            boolean named = knownNames.contains(NameKey.of(en)) || knownNames.contains(NameKey.of(fr))
                    || knownNames.contains(NameKey.of(ar));
            if (named || knownIds.contains(id) || en.equals(code)) {
                continue;
            }
            List<String> aliases = new ArrayList<>(new java.util.LinkedHashSet<>(List.of(ar, fr, en)));
            out.add(new KbEntity(id, EntityType.LOCATION, en, ar, fr, aliases, null, List.of()));
        }
        return out;
    }

    /**
     * The Arabic nationality adjectives of a one-word country name, by the regular nisba: "أذربيجان" → "أذربيجاني",
     * "أوكرانيا" → "الأوكراني", "السويد" → "السويدية" (a final alif or taa marbuta and a leading article dropped).
     */
    static List<String> arabicDemonyms(String nameAr) {
        if (nameAr == null || nameAr.isBlank() || nameAr.strip().contains(" ")) {
            return List.of();
        }
        String base = nameAr.strip();
        if (base.startsWith("ال")) {
            base = base.substring(2);
        }
        if (base.endsWith("ا") || base.endsWith("ة") || base.endsWith("ه")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.length() < 3) {
            return List.of();
        }
        return List.of(base + "ي", "ال" + base + "ي", base + "ية", "ال" + base + "ية");
    }

    /** "Côte d’Ivoire" → "cote-d-ivoire". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
