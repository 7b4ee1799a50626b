package org.marsad.entity.mapping;

import org.marsad.entity.graphql.Views.DisagreementView;
import org.marsad.entity.graphql.Views.ReadingView;
import org.marsad.entity.graphql.Views.SourceView;
import org.marsad.entity.graphql.Views.SpellingView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** Where an event's sources disagree: status, date, place, and how they spell each participant. */
final class Disagreements {

    private Disagreements() {
    }

    static List<DisagreementView> of(List<SourceView> sources) {
        List<ReadingView> readings = sources.stream().map(SourceView::reading).filter(Objects::nonNull).toList();
        List<DisagreementView> found = new ArrayList<>();
        field(found, "status", readings, r -> r.status() == null ? null : r.status().name());
        field(found, "date", readings, ReadingView::date);
        field(found, "location", readings, r -> r.location() == null ? null : r.location().name());
        Map<String, TreeSet<String>> spellings = new LinkedHashMap<>();
        for (ReadingView r : readings) {
            for (SpellingView p : r.participants()) {
                if (p.spelling() != null) {
                    spellings.computeIfAbsent(p.entity().name(), k -> new TreeSet<>()).add(p.spelling());
                }
            }
        }
        spellings.forEach((name, forms) -> {
            if (forms.size() > 1) {
                found.add(new DisagreementView("spelling of " + name, List.copyOf(forms)));
            }
        });
        return found;
    }

    private static void field(List<DisagreementView> found, String name, List<ReadingView> readings, Function<ReadingView, String> value) {
        TreeSet<String> values = new TreeSet<>();
        readings.stream().map(value).filter(Objects::nonNull).forEach(values::add);
        if (values.size() > 1) {
            found.add(new DisagreementView(name, List.copyOf(values)));
        }
    }
}
