package org.marsad.entity.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Function words and common verbs of Arabic, French and English that never belong to a person's name. */
final class StopWords {

    private static final Set<String> WORDS = new HashSet<>();

    static {
        for (String w : List.of(
                "في", "من", "الى", "إلى", "على", "عن", "مع", "حول", "خلال", "بين", "منذ", "بعد", "قبل", "عند", "لدى",
                "ضد", "و", "ثم", "او", "أو", "أن", "ان", "إن", "كان", "كانت", "يكون", "تكون", "قد", "لقد", "الذي",
                "التي", "الذين", "اللذين", "اللتين", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "هما", "كما", "لا",
                "لم", "لن", "ما", "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "أشار", "أشارت", "أضاف",
                "أضافت", "يوم", "أمس", "اليوم", "حيث", "وفق", "وفقا", "بحسب", "حسب", "أمام", "تحت", "فوق", "عبر",
                "إثر", "عقب", "غير", "بل", "كل", "بعض", "جميع", "أي", "أيضا", "ايضا", "فقط", "جدا", "إلا", "الا",
                "أنه", "انه", "أنها", "انها", "وهو", "وهي", "فيما", "بينما", "كذلك", "لكن", "لكنه", "إذ", "إذا",
                "اذا", "لدي", "ليس", "ليست", "سوف", "الجاري", "الماضي", "المقبل", "القادم", "نفسه", "نفسها",
                "رفقة", "برفقة", "بحضور", "حضور", "اطار", "إطار", "مجال", "بشأن", "بخصوص", "ضمن", "لاسيما",
                "خصوصا", "خاصة", "منها", "منه", "فيها", "فيه", "عليه", "عليها", "له", "لها", "به", "بها",
                "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "a", "au", "aux", "en", "dans", "par",
                "pour", "sur", "avec", "sans", "sous", "qui", "que", "quoi", "dont", "ce", "cette", "ces", "il",
                "elle", "ils", "elles", "est", "sont", "a", "ont", "etait", "selon", "lors", "apres", "avant",
                "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "is",
                "are", "was", "were", "be", "been", "has", "have", "had", "this", "that", "these", "those", "it",
                "he", "she", "they", "his", "her", "their", "its", "said", "says", "after", "before", "during",
                "while", "as", "also", "last", "next", "new")) {
            WORDS.add(TextNormalizer.fold(w));
        }
    }

    private StopWords() {
    }

    static boolean contains(String foldedWord) {
        return WORDS.contains(foldedWord);
    }
}
