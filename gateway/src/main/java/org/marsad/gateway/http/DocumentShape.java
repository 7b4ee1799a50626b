package org.marsad.gateway.http;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts what a parsed GraphQL document would execute, fragments expanded where they are spread: aliased fields
 * (a fragment with ten aliases spread thirty times is three hundred) and each operation's root fields.
 */
final class DocumentShape {

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Long> aliasesInFragment = new HashMap<>();
    private final Set<String> expanding = new HashSet<>();
    private final Document document;

    DocumentShape(Document document) {
        this.document = document;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    List<OperationDefinition> operations() {
        return document.getDefinitionsOfType(OperationDefinition.class);
    }

    /** Aliased fields over all operations, saturating instead of overflowing on a pathological document. */
    long aliases() {
        long total = 0;
        for (OperationDefinition operation : operations()) {
            total = saturatedAdd(total, aliases(operation.getSelectionSet()));
        }
        return total;
    }

    /** The most root fields any one operation has. */
    long rootFields() {
        return operations().stream().mapToLong(o -> rootFields(o.getSelectionSet(), new HashSet<>())).max().orElse(0);
    }

    private long aliases(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        long count = 0;
        for (Selection<?> selection : set.getSelections()) {
            long here = switch (selection) {
                case Field field -> (field.getAlias() == null ? 0 : 1) + aliases(field.getSelectionSet());
                case InlineFragment inline -> aliases(inline.getSelectionSet());
                case FragmentSpread spread -> aliasesIn(spread.getName());
                default -> 0;
            };
            count = saturatedAdd(count, here);
        }
        return count;
    }

    private long aliasesIn(String fragment) {
        Long known = aliasesInFragment.get(fragment);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(fragment);
        if (definition == null || !expanding.add(fragment)) {
            return 0; // unknown or cyclic: validation refuses the document later
        }
        long count = aliases(definition.getSelectionSet());
        expanding.remove(fragment);
        aliasesInFragment.put(fragment, count);
        return count;
    }

    private long rootFields(SelectionSet set, Set<String> seen) {
        long count = 0;
        for (Selection<?> selection : set.getSelections()) {
            count += switch (selection) {
                case Field field -> 1;
                case InlineFragment inline -> rootFields(inline.getSelectionSet(), seen);
                case FragmentSpread spread -> fragments.containsKey(spread.getName()) && seen.add(spread.getName())
                        ? rootFields(fragments.get(spread.getName()).getSelectionSet(), seen) : 0;
                default -> 0;
            };
        }
        return count;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
