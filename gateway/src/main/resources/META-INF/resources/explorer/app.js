// The explorer: search, entity, event and article pages, routed by the address's hash (#/entity/42), so that every
// page can be bookmarked and the gateway serves a single file.
import {ARTICLE, ENTITY, EVENT, MOST_NAMED, SEARCH, allEvents, query} from './api.js';
import {disposeCharts, drawGraph, drawTimeline} from './charts.js';
import {EVENT_TYPES, TOPICS, directed, displayName, formatDate, formatNumber, setUiLanguage, t, term, uiLanguage} from './text.js';

const view = document.getElementById('view');
const status = document.getElementById('status');
const input = document.getElementById('q');

/** Creates an element: h('a', {href: '#/'}, 'text', child…). Text is always inserted as text, never as HTML. */
function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (key.startsWith('on')) {
            element.addEventListener(key.slice(2), value);
        } else if (key === 'className') {
            element.className = value;
        } else {
            element.setAttribute(key, value === true ? '' : value);
        }
    }
    element.append(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
    return element;
}

/** A block of data text, laid out in the direction of its own script. */
function text(tag, value, attributes = {}) {
    return directed(h(tag, attributes, value ?? ''), value);
}

function entityLink(entity) {
    const name = displayName(entity);
    return directed(h('a', {href: `#/entity/${encodeURIComponent(entity.id)}`, className: 'entity',
        title: name !== entity.name ? entity.name : entity.nameAr}, name), name);
}

/** The entity's name in the other script, beside the one its link shows. */
function altName(entity) {
    const shown = displayName(entity);
    const other = shown === entity.name ? entity.nameAr : entity.name;
    return other && other !== shown ? text('span', other, {className: 'alt'}) : null;
}

function pill(value, className = '') {
    return h('span', {className: `pill ${className}`.trim()}, term(value));
}

function say(message, kind = '') {
    status.textContent = message;
    status.className = kind;
}

function warnPartial(errors) {
    if (errors.length) {
        say(`${t('partial')}: ${[...new Set(errors.map(e => e.extensions?.code || e.message))].join(', ')}`, 'warning');
    }
}

function failed(error) {
    if (error.name !== 'AbortError') {
        say(`${t('failed')}: ${error.message}`, 'error');
    }
}

/** Moves focus to the new page's heading, so keyboard and screen-reader users land on what was opened. */
function focusHeading() {
    view.querySelector('h1')?.focus();
}

// Each navigation starts a new generation: a page whose answers arrive after the user moved on draws nothing.
let generation = 0;

function navigation() {
    const mine = ++generation;
    return () => mine === generation;
}

// ---------------------------------------------------------------- search

let searching;
let debounce;

function searchAsYouType() {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
        const q = input.value.trim();
        history.replaceState(null, '', q ? `#/search/${encodeURIComponent(q)}` : '#/');
        showSearch(q);
    }, 250);
}

async function showSearch(q) {
    searching?.abort();
    disposeCharts();
    const current = navigation();
    const controller = new AbortController();
    searching = controller;
    say(q ? t('searching') : '');
    try {
        if (!q) {
            await showHome(current);
            return;
        }
        const {data, errors} = await query(SEARCH, {q}, controller.signal);
        if (controller.signal.aborted || !current()) {
            return;
        }
        say('');
        warnPartial(errors);
        view.replaceChildren(searchResults(data, q));
    } catch (e) {
        failed(e);
    }
}

/** Before any search: where to start, the most named entities. */
async function showHome(current) {
    const intro = h('section', {className: 'intro'}, h('p', {}, t('home')));
    view.replaceChildren(intro);
    const {data, errors} = await query(MOST_NAMED);
    if (!current()) {
        return;
    }
    warnPartial(errors);
    const entities = data.entities?.edges.map(e => e.node) || [];
    if (entities.length) {
        intro.append(h('h2', {id: 'most-named'}, t('mostNamed')),
            h('ul', {className: 'hits', 'aria-labelledby': 'most-named'}, entities.map(entity => h('li', {},
                entityLink(entity), ' ', pill(entity.type, 'type'),
                altName(entity),
                h('span', {className: 'count'}, t('mentions', entity.mentionCount))))));
    }
}

function searchResults(data, q) {
    const entities = data.entities?.edges.map(e => e.node) || [];
    const articles = data.articles?.edges || [];
    return h('div', {className: 'results', id: 'results', 'data-query': q},
        h('section', {'aria-labelledby': 'found-entities'},
            h('h2', {id: 'found-entities'}, `${t('entities')} (${formatNumber(data.entities?.totalCount ?? 0)})`),
            entities.length ? h('ul', {className: 'hits'}, entities.map(entity => h('li', {},
                entityLink(entity), ' ', pill(entity.type, 'type'),
                altName(entity),
                entity.fullName !== entity.name ? text('span', entity.fullName, {className: 'alt'}) : null,
                h('span', {className: 'count'}, t('mentions', entity.mentionCount)))))
                : h('p', {}, t('noMatch'))),
        h('section', {'aria-labelledby': 'found-articles'},
            h('h2', {id: 'found-articles'}, `${t('articles')} (${formatNumber(data.articles?.totalCount ?? 0)})`),
            articles.length ? h('ul', {className: 'hits'}, articles.map(({node, snippet}) => h('li', {},
                directed(h('div', {className: 'title'}, h('a', {href: `#/article/${encodeURIComponent(node.id)}`}, node.title)), node.title),
                h('span', {className: 'meta'}, [node.outlet, formatDate(node.publishedAt)].filter(Boolean).join(' · ')),
                snippet ? directed(h('p', {className: 'snippet'}, marked(snippet)), snippet) : null)))
                : h('p', {}, t('noMatch'))));
}

/** The API's snippet is HTML-escaped text with matches in <mark>: rebuilt as text nodes and mark elements only. */
function marked(snippet) {
    const decode = h('textarea');
    return snippet.split(/(<mark>.*?<\/mark>)/s).map(part => {
        const match = part.match(/^<mark>(.*)<\/mark>$/s);
        decode.innerHTML = match ? match[1] : part;
        return match ? h('mark', {}, decode.value) : decode.value;
    });
}

/** ↓ from the search box moves into the results; ↑/↓ move between them. */
function arrowKeys(event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
        return;
    }
    const links = [...view.querySelectorAll('.hits a')];
    if (!links.length) {
        return;
    }
    const at = links.indexOf(document.activeElement);
    if (event.target === input && event.key === 'ArrowDown') {
        links[0].focus();
    } else if (at >= 0) {
        const next = at + (event.key === 'ArrowDown' ? 1 : -1);
        (next < 0 ? input : links[Math.min(next, links.length - 1)]).focus();
    } else {
        return;
    }
    event.preventDefault();
}

/**
 * Loads the item a page shows (an entity, an event, an article) by id: null when the user moved on meanwhile, or when
 * there is no such item (then said so).
 */
async function load(text, id, current) {
    say(t('loading'));
    const {data, errors} = await query(text, {id});
    if (!current()) {
        return null;
    }
    const item = Object.values(data)[0];
    if (!item) {
        say(t('notFound'), 'error');
        view.replaceChildren();
        return null;
    }
    say('');
    warnPartial(errors);
    return item;
}

// ---------------------------------------------------------------- entity

async function showEntity(id, filters, current) {
    const entity = await load(ENTITY, id, current);
    if (!entity) {
        return;
    }
    const timeline = h('section', {className: 'timeline', 'aria-labelledby': 'timeline-title'});
    const graph = h('section', {className: 'graph', 'aria-labelledby': 'graph-title'});
    view.replaceChildren(h('article', {className: 'entity-page'},
        h('header', {},
            text('h1', entity.name, {tabindex: '-1'}), ' ', pill(entity.type, 'type'),
            entity.nameAr && entity.nameAr !== entity.name ? text('p', entity.nameAr, {className: 'name-ar'}) : null,
            entity.fullName !== entity.name ? text('p', entity.fullName, {className: 'full-name'}) : null,
            h('p', {className: 'meta'}, t('mentions', entity.mentionCount),
                entity.wikidataId ? [' · ', h('a', {href: `https://www.wikidata.org/wiki/${entity.wikidataId}`, rel: 'noopener'}, entity.wikidataId)] : null),
            entity.aliases.length ? h('div', {className: 'aliases'}, h('h2', {}, t('aliases')),
                h('ul', {}, entity.aliases.map(a => text('li', a)))) : null),
        timeline,
        graph,
        roles(entity.roles),
        h('p', {className: 'note'}, t('live'))));
    focusHeading();
    await showEvents(entity, filters, timeline, graph, current);
}

/** Roles grouped by title and organization, each with the distinct sentences that state it. */
function roles(list) {
    const groups = new Map();
    for (const role of list) {
        const key = `${role.title}\u0000${role.organization.id}`;
        const group = groups.get(key) || {title: role.title, organization: role.organization, sources: []};
        if (role.source && !group.sources.some(s => s.evidence.text === role.source.evidence.text)) {
            group.sources.push(role.source);
        }
        groups.set(key, group);
    }
    return h('section', {className: 'roles', 'aria-labelledby': 'roles-title'},
        h('h2', {id: 'roles-title'}, t('roles')),
        groups.size ? h('ul', {}, [...groups.values()].map(role => directed(h('li', {},
            h('strong', {}, role.title), ' — ', entityLink(role.organization),
            role.sources.map(source => h('blockquote', {},
                text('p', source.evidence.text),
                h('footer', {}, `${t('statedIn')} `,
                    directed(h('a', {href: `#/article/${encodeURIComponent(source.article.id)}`}, source.article.title), source.article.title),
                    source.article.outlet ? ` · ${source.article.outlet}` : '')))), role.title)))
            : h('p', {}, t('noRoles')));
}

function filterForm(entity, filters) {
    const select = (name, values) => h('select', {id: `filter-${name}`, name},
        h('option', {value: ''}, t('any')),
        values.map(v => h('option', {value: v, selected: filters[name] === v}, term(v))));
    const apply = event => {
        event.preventDefault();
        const form = new FormData(event.target);
        const params = new URLSearchParams();
        for (const key of ['type', 'topic', 'from', 'to']) {
            if (form.get(key)) {
                params.set(key, form.get(key));
            }
        }
        location.hash = `#/entity/${encodeURIComponent(entity.id)}${params.size ? `?${params}` : ''}`;
    };
    return h('form', {className: 'filters', 'aria-label': t('filters'), onsubmit: apply},
        h('label', {for: 'filter-type'}, t('type')), select('type', EVENT_TYPES),
        h('label', {for: 'filter-topic'}, t('topic')), select('topic', TOPICS),
        h('label', {for: 'filter-from'}, t('from')), h('input', {id: 'filter-from', name: 'from', type: 'date', value: filters.from}),
        h('label', {for: 'filter-to'}, t('to')), h('input', {id: 'filter-to', name: 'to', type: 'date', value: filters.to}),
        h('button', {type: 'submit'}, t('apply')),
        h('a', {href: `#/entity/${encodeURIComponent(entity.id)}`, className: 'button'}, t('clear')));
}

async function showEvents(entity, filters, timeline, graph, current) {
    const {events, total, errors} = await allEvents(entity.id, filters);
    if (!current()) {
        return;
    }
    warnPartial(errors);
    const open = id => (location.hash = `#/event/${encodeURIComponent(id)}`);
    const chart = h('div', {className: 'chart timeline-chart', id: 'timeline-chart'});
    timeline.replaceChildren(...[
        h('h2', {id: 'timeline-title'}, `${t('timeline')} · ${t('events', total)}`),
        filterForm(entity, filters),
        events.length ? [chart, h('p', {className: 'legend'}, `● ${t('legendHappened')} · ○ ${t('legendPlanned')} · △ ${t('legendCancelled')}`),
            h('ol', {className: 'events', id: 'events'}, events.map(e => eventItem(e, entity.id)))] : h('p', {}, t('noEvents'))].flat());
    const {neighbours, pairs} = sharedEvents(entity.id, events);
    const drawing = h('div', {className: 'chart graph-chart', id: 'graph-chart'});
    graph.replaceChildren(...[
        h('h2', {id: 'graph-title'}, t('graph')),
        neighbours.length ? [h('p', {className: 'hint'}, t('graphHint')), drawing,
            h('ul', {className: 'neighbours', id: 'neighbours'}, neighbours.map(n => h('li', {},
                entityLink(n.entity), ' ', pill(n.entity.type, 'type'), h('span', {className: 'count'}, t('sharedEvents', n.shared)))))]
            : h('p', {}, t('noNeighbours'))].flat());
    const charts = [];
    if (events.length) {
        charts.push(drawTimeline(chart, events, open));
    }
    if (neighbours.length) {
        charts.push(drawGraph(drawing, entity, neighbours, pairs, id => (location.hash = `#/entity/${encodeURIComponent(id)}`)));
    }
    await Promise.all(charts);
}

function eventItem(event, self) {
    const others = [...event.participants.map(p => p.entity), ...event.organizations].filter((e, i, all) =>
        e.id !== self && all.findIndex(x => x.id === e.id) === i);
    return h('li', {className: `event ${event.status.toLowerCase()}`, 'data-status': event.status},
        h('a', {href: `#/event/${encodeURIComponent(event.id)}`, className: 'event-link'},
            h('time', {datetime: event.date || ''}, formatDate(event.date, event.datePrecision)), ' · ', term(event.type)),
        ' ', pill(event.status, `status ${event.status.toLowerCase()}`),
        event.location ? h('span', {className: 'place'}, ` ${t('place')}: `, entityLink(event.location)) : null,
        others.length ? h('span', {className: 'with'}, ` ${t('with')}: `, others.flatMap((e, i) => i ? [', ', entityLink(e)] : [entityLink(e)])) : null,
        event.topics.length ? h('span', {className: 'topics'}, event.topics.map(topic => pill(topic, 'topic'))) : null);
}

/** Who the entity shares events with (participants and organizations, most shared first), and which of them meet too. */
function sharedEvents(self, events) {
    const counts = new Map();
    const pairCounts = new Map();
    for (const event of events) {
        const involved = new Map();
        for (const entity of [...event.participants.map(p => p.entity), ...event.organizations]) {
            if (entity.id !== self) {
                involved.set(entity.id, entity);
            }
        }
        for (const entity of involved.values()) {
            const entry = counts.get(entity.id) || {entity, shared: 0};
            entry.shared++;
            counts.set(entity.id, entry);
        }
        const ids = [...involved.keys()].sort();
        ids.forEach((a, i) => ids.slice(i + 1).forEach(b => pairCounts.set(`${a}\u0000${b}`, (pairCounts.get(`${a}\u0000${b}`) || 0) + 1)));
    }
    const neighbours = [...counts.values()].sort((x, y) => y.shared - x.shared || x.entity.name.localeCompare(y.entity.name)).slice(0, 40);
    const kept = new Set(neighbours.map(n => n.entity.id));
    const pairs = [...pairCounts.entries()].map(([key, shared]) => {
        const [a, b] = key.split('\u0000');
        return {a, b, shared};
    }).filter(p => kept.has(p.a) && kept.has(p.b));
    return {neighbours, pairs};
}

// ---------------------------------------------------------------- event

async function showEvent(id, current) {
    const event = await load(EVENT, id, current);
    if (!event) {
        return;
    }
    const heading = `${term(event.type)} · ${formatDate(event.date, event.datePrecision)}`;
    view.replaceChildren(h('article', {className: 'event-page'},
        h('header', {},
            h('h1', {tabindex: '-1'}, heading), ' ', pill(event.status, `status ${event.status.toLowerCase()}`),
            h('dl', {className: 'facts'},
                event.location ? [h('dt', {}, t('place')), h('dd', {}, entityLink(event.location))] : null,
                h('dt', {}, t('participants')), h('dd', {}, h('ul', {}, event.participants.map(p => h('li', {},
                    entityLink(p.entity), p.role ? [' — ', text('span', p.role)] : null)))),
                event.organizations.length ? [h('dt', {}, t('organizations')), h('dd', {}, h('ul', {}, event.organizations.map(o => h('li', {}, entityLink(o)))))] : null,
                event.topics.length ? [h('dt', {}, t('topics')), h('dd', {}, event.topics.map(topic => pill(topic, 'topic')))] : null,
                h('dt', {}, t('confidence')), h('dd', {}, formatNumber(event.confidence, 2)))),
        h('section', {className: 'disagreements', 'aria-labelledby': 'disagreements-title'},
            h('h2', {id: 'disagreements-title'}, t('disagreements')),
            event.disagreements.length ? h('ul', {}, event.disagreements.map(d => h('li', {},
                h('strong', {}, t(d.field)), ': ', d.values.flatMap((v, i) => [i ? ' ≠ ' : '', text('span', disagreeing(d.field, v), {className: 'value', title: v})]))))
                : h('p', {}, t('noDisagreement')),
            event.corrections.length ? [h('h3', {}, t('corrections')), h('ul', {}, event.corrections.map(c => h('li', {}, `${c.field}: `, text('span', c.value ?? '—'))))] : null),
        h('section', {className: 'sources', 'aria-labelledby': 'sources-title'},
            h('h2', {id: 'sources-title'}, t('sources', event.sources.length)),
            event.sources.map(source))));
    focusHeading();
    // Each article's text scrolls within its own box to its evidence, not the whole page.
    view.querySelectorAll('.article-text').forEach(box => {
        const mark = box.querySelector('mark.evidence');
        if (mark) {
            box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 48);
        }
    });
}

/** A value the sources disagree on, in words: statuses and types translated, dates in the user's locale. */
function disagreeing(field, value) {
    if (field === 'date') {
        return formatDate(value);
    }
    return field === 'status' || field === 'type' ? term(value) : value;
}

function source(s) {
    const article = s.article;
    const reading = s.reading;
    return h('section', {className: 'source'},
        h('h3', {}, directed(h('a', {href: `#/article/${encodeURIComponent(article.id)}`}, article.title), article.title)),
        h('p', {className: 'meta'}, [article.outlet, formatDate(article.publishedAt)].filter(Boolean).join(' · '),
            article.url ? [' · ', h('a', {href: article.url, rel: 'noopener noreferrer'}, t('original'))] : null),
        reading ? h('dl', {className: 'reading', 'aria-label': t('reading')},
            h('dt', {}, t('status')), h('dd', {}, pill(reading.status, `status ${reading.status.toLowerCase()}`)),
            h('dt', {}, t('date')), h('dd', {}, formatDate(reading.date, reading.datePrecision)),
            reading.location ? [h('dt', {}, t('place')), h('dd', {}, entityLink(reading.location))] : null,
            reading.participants.length ? [h('dt', {}, t('spelled')), h('dd', {}, reading.participants.flatMap((p, i) =>
                [i ? ', ' : '', text('span', p.spelling || p.entity.name)]))] : null) : null,
        h('h4', {className: 'visually-hidden'}, t('evidence')),
        directed(h('div', {className: 'article-text', tabindex: '0', 'aria-label': `${t('article')}: ${article.title}`},
            highlighted(article.body, s.evidence, reading)), article.body));
}

/**
 * The article's text with the evidence sentence in <mark>, and the words the date and the place were read from
 * underlined. Offsets are UTF-16 indexes into the body, as JavaScript strings use.
 */
function highlighted(body, evidence, reading) {
    const spans = [
        reading?.dateSpan && {...reading.dateSpan, className: 'span-date'},
        reading?.locationSpan && {...reading.locationSpan, className: 'span-place'},
    ].filter(Boolean);
    const piece = (from, to) => {
        const cuts = [...new Set([from, to, ...spans.flatMap(s => [s.start, s.end]).filter(x => x > from && x < to)])].sort((a, b) => a - b);
        return cuts.slice(0, -1).map((a, i) => {
            const b = cuts[i + 1];
            const span = spans.find(s => s.start <= a && b <= s.end);
            return span ? h('span', {className: span.className}, body.slice(a, b)) : body.slice(a, b);
        });
    };
    if (!evidence || evidence.end <= evidence.start) {
        return piece(0, body.length);
    }
    return [piece(0, evidence.start), h('mark', {className: 'evidence'}, piece(evidence.start, evidence.end)), piece(evidence.end, body.length)];
}

// ---------------------------------------------------------------- article

async function showArticle(id, current) {
    const article = await load(ARTICLE, id, current);
    if (!article) {
        return;
    }
    view.replaceChildren(h('article', {className: 'article-page'},
        h('header', {},
            text('h1', article.title, {tabindex: '-1'}),
            h('p', {className: 'meta'}, [article.outlet, article.author, formatDate(article.publishedAt)].filter(Boolean).join(' · '),
                article.url ? [' · ', h('a', {href: article.url, rel: 'noopener noreferrer'}, t('original'))] : null)),
        h('section', {'aria-labelledby': 'article-events'},
            h('h2', {id: 'article-events'}, t('articleEvents')),
            article.events.length ? h('ul', {}, article.events.map(e => h('li', {},
                h('a', {href: `#/event/${encodeURIComponent(e.id)}`}, `${formatDate(e.date, e.datePrecision)} · ${term(e.type)}`), ' ',
                pill(e.status, `status ${e.status.toLowerCase()}`)))) : h('p', {}, t('noEvents'))),
        h('section', {'aria-labelledby': 'article-names'},
            h('h2', {id: 'article-names'}, t('named')),
            h('ul', {className: 'inline'}, article.entities.map(e => h('li', {}, entityLink(e))))),
        directed(h('div', {className: 'article-text full', lang: article.language}, article.body), article.body)));
    focusHeading();
}

// ---------------------------------------------------------------- routing

async function route() {
    disposeCharts();
    searching?.abort();
    const current = navigation();
    const [path, search] = location.hash.replace(/^#/, '').split('?');
    const [, page, rawId] = path.split('/');
    const id = rawId ? decodeURIComponent(rawId) : '';
    try {
        if (page === 'entity' && id) {
            const params = new URLSearchParams(search || '');
            const filters = Object.fromEntries(['type', 'topic', 'from', 'to'].filter(k => params.get(k)).map(k => [k, params.get(k)]));
            await showEntity(id, filters, current);
        } else if (page === 'event' && id) {
            await showEvent(id, current);
        } else if (page === 'article' && id) {
            await showArticle(id, current);
        } else {
            const q = page === 'search' ? id : '';
            input.value = q;
            await showSearch(q);
        }
    } catch (e) {
        failed(e);
    }
}

function applyUiLanguage() {
    const language = uiLanguage();
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
    document.querySelectorAll('[data-t]').forEach(element => (element.textContent = t(element.dataset.t)));
    const toggle = document.getElementById('ui-language');
    toggle.textContent = t('otherLanguage');
    toggle.lang = language === 'ar' ? 'en' : 'ar';
}

document.getElementById('ui-language').addEventListener('click', () => {
    setUiLanguage(uiLanguage() === 'ar' ? 'en' : 'ar');
    applyUiLanguage();
    route();
});
document.getElementById('search-form').addEventListener('submit', event => {
    event.preventDefault();
    clearTimeout(debounce);
    const q = input.value.trim();
    history.replaceState(null, '', q ? `#/search/${encodeURIComponent(q)}` : '#/');
    showSearch(q);
});
input.addEventListener('input', searchAsYouType);
document.addEventListener('keydown', arrowKeys);
window.addEventListener('hashchange', route);
applyUiLanguage();
route();
