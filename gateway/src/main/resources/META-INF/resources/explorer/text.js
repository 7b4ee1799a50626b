// Words of the interface (English and Arabic), writing direction of data, and dates in the user's locale.

const WORDS = {
    en: {
        skip: 'Skip to content',
        searchLabel: 'Search entities and articles, in any script',
        searchHint: 'Results appear as you type; ↓ moves to them.',
        otherLanguage: 'العربية',
        home: 'Type a name in any script (حموشي, Hammouchi, DGSN) to find people, organizations, places and the articles that name them.',
        entities: 'Entities',
        mostNamed: 'Most named in the articles',
        articles: 'Articles',
        noMatch: 'Nothing matches.',
        searching: 'Searching…',
        loading: 'Loading…',
        mentions: n => `${n} mention${n === 1 ? '' : 's'}`,
        aliases: 'Also written',
        roles: 'Roles',
        noRoles: 'No role stated in the articles.',
        statedIn: 'stated in',
        timeline: 'Timeline',
        events: n => `${n} event${n === 1 ? '' : 's'}`,
        filters: 'Filter the events',
        type: 'Type',
        topic: 'Topic',
        from: 'From',
        to: 'To',
        any: 'Any',
        apply: 'Apply',
        clear: 'Clear',
        noEvents: 'No event matches.',
        place: 'Place',
        with: 'With',
        undated: 'Date unknown',
        graph: 'Shares events with',
        graphHint: 'Line width: events shared. Click a node to open it.',
        sharedEvents: n => `${n} shared event${n === 1 ? '' : 's'}`,
        noNeighbours: 'No other entity takes part in these events.',
        event: 'Event',
        participants: 'Participants',
        organizations: 'Organizations',
        topics: 'Topics',
        confidence: 'Confidence',
        sources: n => `Sources (${n})`,
        reading: 'What this source says',
        status: 'Status',
        date: 'Date',
        location: 'Place',
        spelled: 'Names as written',
        evidence: 'Evidence',
        disagreements: 'Where the sources disagree',
        noDisagreement: 'The sources agree.',
        corrections: 'Corrected by a curator',
        article: 'Article',
        outlet: 'Outlet',
        published: 'Published',
        author: 'Author',
        original: 'Original page',
        articleEvents: 'Events it tells',
        named: 'Names',
        notFound: 'Not found.',
        failed: 'The gateway did not answer',
        partial: 'Part of the answer is missing',
        live: 'Live updates need a GraphQL subscription, which the gateway does not offer yet: reload to see new events.',
        graphLabel: 'Graph of the entities that share events',
        timelineLabel: 'Chart of the events over time',
        legendHappened: 'filled: happened',
        legendPlanned: 'hollow: planned',
        legendCancelled: 'crossed: cancelled',
    },
    ar: {
        skip: 'انتقل إلى المحتوى',
        searchLabel: 'ابحث عن الكيانات والمقالات بأي كتابة',
        searchHint: 'تظهر النتائج أثناء الكتابة؛ السهم ↓ ينقل إليها.',
        otherLanguage: 'English',
        home: 'اكتب اسمًا بأي كتابة (حموشي، Hammouchi، DGSN) للعثور على الأشخاص والمؤسسات والأماكن والمقالات التي تذكرها.',
        entities: 'الكيانات',
        mostNamed: 'الأكثر ذكرًا في المقالات',
        articles: 'المقالات',
        noMatch: 'لا نتيجة.',
        searching: 'جارٍ البحث…',
        loading: 'جارٍ التحميل…',
        mentions: n => `${n} ذكر`,
        aliases: 'يُكتب أيضًا',
        roles: 'المناصب',
        noRoles: 'لا منصب مذكور في المقالات.',
        statedIn: 'ورد في',
        timeline: 'الخط الزمني',
        events: n => `${n} حدث`,
        filters: 'تصفية الأحداث',
        type: 'النوع',
        topic: 'الموضوع',
        from: 'من',
        to: 'إلى',
        any: 'الكل',
        apply: 'تطبيق',
        clear: 'مسح',
        noEvents: 'لا حدث مطابق.',
        place: 'المكان',
        with: 'مع',
        undated: 'تاريخ غير معروف',
        graph: 'يشارك في الأحداث مع',
        graphHint: 'سُمك الخط: عدد الأحداث المشتركة. انقر على عقدة لفتحها.',
        sharedEvents: n => `${n} حدث مشترك`,
        noNeighbours: 'لا كيان آخر يشارك في هذه الأحداث.',
        event: 'حدث',
        participants: 'المشاركون',
        organizations: 'المؤسسات',
        topics: 'المواضيع',
        confidence: 'الثقة',
        sources: n => `المصادر (${n})`,
        reading: 'ما يقوله هذا المصدر',
        status: 'الحالة',
        date: 'التاريخ',
        location: 'المكان',
        spelled: 'الأسماء كما وردت',
        evidence: 'الدليل',
        disagreements: 'ما تختلف فيه المصادر',
        noDisagreement: 'المصادر متفقة.',
        corrections: 'صحّحه محرر',
        article: 'مقال',
        outlet: 'المصدر',
        published: 'تاريخ النشر',
        author: 'الكاتب',
        original: 'الصفحة الأصلية',
        articleEvents: 'الأحداث التي يرويها',
        named: 'الأسماء',
        notFound: 'غير موجود.',
        failed: 'لم تُجب البوابة',
        partial: 'جزء من الجواب ناقص',
        live: 'التحديث المباشر يحتاج اشتراك GraphQL لا توفره البوابة بعد: أعد التحميل لرؤية الأحداث الجديدة.',
        graphLabel: 'رسم الكيانات التي تشارك في الأحداث',
        timelineLabel: 'رسم الأحداث عبر الزمن',
        legendHappened: 'ممتلئ: وقع',
        legendPlanned: 'مفرغ: مرتقب',
        legendCancelled: 'مشطوب: أُلغي',
    },
};

const VOCABULARY = {
    en: {
        AGREEMENT: 'Agreement', AWARD: 'Award', CONFERENCE: 'Conference', DEPLOYMENT: 'Deployment', MEETING: 'Meeting',
        OPERATION: 'Operation', OTHER: 'Other', STATEMENT: 'Statement', TRAINING: 'Training', VISIT: 'Visit',
        HAPPENED: 'Happened', PLANNED: 'Planned', CANCELLED: 'Cancelled',
        PERSON: 'Person', ORGANIZATION: 'Organization', LOCATION: 'Place', EVENT_NAME: 'Named event',
        CYBERCRIME: 'Cybercrime', DRUG_TRAFFICKING: 'Drug trafficking', ESPIONAGE: 'Espionage', EXTREMISM: 'Extremism',
        HUMAN_TRAFFICKING: 'Human trafficking', ILLEGAL_MIGRATION: 'Irregular migration', INTELLIGENCE_SHARING: 'Intelligence sharing',
        JUDICIAL_COOPERATION: 'Judicial cooperation', MAJOR_EVENT_SECURITY: 'Major event security', ORGANIZED_CRIME: 'Organized crime',
        PUBLIC_ORDER: 'Public order', SECURITY_COOPERATION: 'Security cooperation', TERRORISM: 'Terrorism',
    },
    ar: {
        AGREEMENT: 'اتفاق', AWARD: 'توشيح', CONFERENCE: 'مؤتمر', DEPLOYMENT: 'إيفاد', MEETING: 'لقاء',
        OPERATION: 'عملية أمنية', OTHER: 'أخرى', STATEMENT: 'تصريح', TRAINING: 'تكوين', VISIT: 'زيارة',
        HAPPENED: 'وقع', PLANNED: 'مرتقب', CANCELLED: 'أُلغي',
        PERSON: 'شخص', ORGANIZATION: 'مؤسسة', LOCATION: 'مكان', EVENT_NAME: 'حدث مسمّى',
        CYBERCRIME: 'الجريمة الإلكترونية', DRUG_TRAFFICKING: 'الاتجار في المخدرات', ESPIONAGE: 'التجسس', EXTREMISM: 'التطرف',
        HUMAN_TRAFFICKING: 'الاتجار بالبشر', ILLEGAL_MIGRATION: 'الهجرة غير النظامية', INTELLIGENCE_SHARING: 'تبادل المعلومات الاستخباراتية',
        JUDICIAL_COOPERATION: 'التعاون القضائي', MAJOR_EVENT_SECURITY: 'تأمين التظاهرات الكبرى', ORGANIZED_CRIME: 'الجريمة المنظمة',
        PUBLIC_ORDER: 'النظام العام', SECURITY_COOPERATION: 'التعاون الأمني', TERRORISM: 'الإرهاب',
    },
};

export const EVENT_TYPES = ['AGREEMENT', 'AWARD', 'CONFERENCE', 'DEPLOYMENT', 'MEETING', 'OPERATION', 'OTHER', 'STATEMENT', 'TRAINING', 'VISIT'];
export const TOPICS = ['CYBERCRIME', 'DRUG_TRAFFICKING', 'ESPIONAGE', 'EXTREMISM', 'HUMAN_TRAFFICKING', 'ILLEGAL_MIGRATION',
    'INTELLIGENCE_SHARING', 'JUDICIAL_COOPERATION', 'MAJOR_EVENT_SECURITY', 'ORGANIZED_CRIME', 'OTHER', 'PUBLIC_ORDER',
    'SECURITY_COOPERATION', 'TERRORISM', 'TRAINING'];

const STORED = 'marsad.ui-language';
let language = localStorage.getItem(STORED) || ((navigator.language || 'en').toLowerCase().startsWith('ar') ? 'ar' : 'en');

export function uiLanguage() {
    return language;
}

export function setUiLanguage(next) {
    language = next;
    localStorage.setItem(STORED, next);
}

/** A word of the interface; functions take a count. */
export function t(key, ...args) {
    const word = WORDS[language][key] ?? WORDS.en[key] ?? key;
    return typeof word === 'function' ? word(...args) : word;
}

/** An enum value of the API (event type, status, entity type, topic) in the interface's language. */
export function term(value) {
    return VOCABULARY[language][value] ?? VOCABULARY.en[value] ?? value;
}

/** An entity's name in the interface's script when it has one: the Arabic name in the Arabic interface. */
export function displayName(entity) {
    return language === 'ar' && entity.nameAr ? entity.nameAr : entity.name;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;

/** True when a text is mostly Arabic script: such a block is laid out right to left whatever the page's direction. */
export function isArabic(text) {
    if (!text) {
        return false;
    }
    const arabic = (text.match(ARABIC) || []).length;
    return arabic > 0 && arabic >= (text.match(LATIN) || []).length;
}

/** Gives an element the direction and language of its text (dir="rtl" lang="ar" for Arabic). */
export function directed(element, text) {
    const arabic = isArabic(text);
    element.dir = arabic ? 'rtl' : 'ltr';
    if (arabic) {
        element.lang = 'ar';
    }
    return element;
}

/** The locale dates are written in: the browser's own when it matches the interface language. */
function locale() {
    const browser = navigator.languages?.[0] || navigator.language || 'en';
    return browser.toLowerCase().startsWith(language) ? browser : language;
}

function utc(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, (m || 1) - 1, d || 1));
}

const FORMATS = {
    DAY: {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'},
    MONTH: {year: 'numeric', month: 'long', timeZone: 'UTC'},
    YEAR: {year: 'numeric', timeZone: 'UTC'},
};

/** Guesses the precision of an ISO date or interval when the API gives none (article publication dates). */
export function precisionOf(iso) {
    if (iso.includes('/')) {
        return 'RANGE';
    }
    return ['YEAR', 'MONTH', 'DAY'][Math.min(iso.split('-').length, 3) - 1];
}

/** An API date (2024-06-26, 2024-06, 2024, 2024-06-26/2024-06-28) as the user's locale writes it, at its precision. */
export function formatDate(iso, precision) {
    if (!iso) {
        return t('undated');
    }
    const p = precision || precisionOf(iso);
    try {
        if (p === 'RANGE' || iso.includes('/')) {
            const [a, b] = iso.split('/');
            const format = new Intl.DateTimeFormat(locale(), FORMATS[precisionOf(a)]);
            return format.formatRange(utc(a), utc(b || a));
        }
        return new Intl.DateTimeFormat(locale(), FORMATS[p] || FORMATS.DAY).format(utc(iso));
    } catch {
        return iso;
    }
}

/** First day an API date covers, in milliseconds: where the timeline places it. */
export function startOf(iso) {
    return iso ? utc(iso.split('/')[0]).getTime() : null;
}

export function formatNumber(n, digits = 0) {
    return new Intl.NumberFormat(locale(), {maximumFractionDigits: digits}).format(n);
}
