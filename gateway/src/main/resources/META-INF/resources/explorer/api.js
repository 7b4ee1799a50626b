// The explorer reads only the public GraphQL API (docs/CONTRACT.md), as any other front-end would.

export class ApiError extends Error {
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}

/** Runs a query; answers {data, errors}. Throws ApiError when there is no data at all. */
export async function query(text, variables = {}, signal) {
    let response;
    try {
        response = await fetch('/graphql', {
            method: 'POST',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json'},
            body: JSON.stringify({query: text, variables}),
            signal,
        });
    } catch (e) {
        if (e.name === 'AbortError') {
            throw e;
        }
        throw new ApiError(e.message, 'NETWORK');
    }
    const body = await response.json().catch(() => null);
    if (!body) {
        throw new ApiError(`HTTP ${response.status}`, 'HTTP');
    }
    const errors = body.errors || [];
    if (!body.data) {
        throw new ApiError(errors.map(e => e.message).join('; ') || `HTTP ${response.status}`, errors[0]?.extensions?.code);
    }
    return {data: body.data, errors};
}

const ENTITY_NAMES = 'id name nameAr type';

export const SEARCH = `query Search($q: String!) {
  entities(search: $q, first: 8) { totalCount edges { node { ${ENTITY_NAMES} fullName mentionCount } } }
  articles(search: $q, first: 6) { totalCount edges { snippet node { id title outlet publishedAt } } }
}`;

export const MOST_NAMED = `query MostNamed {
  entities(minMentions: 1, orderBy: MENTIONS, first: 12) { edges { node { ${ENTITY_NAMES} mentionCount } } }
}`;

export const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_NAMES} fullName acronym aliases wikidataId mentionCount
    roles { title organization { ${ENTITY_NAMES} }
            source { article { id title outlet publishedAt } evidence { text } } }
  }
}`;

const EVENT_SUMMARY = `id type status date datePrecision topics
  location { ${ENTITY_NAMES} }
  participants { role entity { ${ENTITY_NAMES} } }
  organizations { ${ENTITY_NAMES} }`;

export const TIMELINE = `query Timeline($involving: String!, $type: EventType, $topic: Topic, $from: String, $to: String, $after: String) {
  events(involving: $involving, type: $type, topic: $topic, from: $from, to: $to, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${EVENT_SUMMARY} } }
  }
}`;

export const EVENT = `query Event($id: ID!) {
  event(id: $id) {
    ${EVENT_SUMMARY} confidence
    sources {
      article { id title outlet publishedAt url body }
      evidence { start end text }
      reading { status date datePrecision location { id name }
                participants { spelling entity { id name } }
                dateSpan { start end } locationSpan { start end } }
    }
    disagreements { field values }
    corrections { field value }
  }
}`;

export const ARTICLE = `query Article($id: ID!) {
  article(id: $id) {
    id title outlet author publishedAt url language body
    entities { ${ENTITY_NAMES} }
    events { id type status date datePrecision }
  }
}`;

/** Every event involving an entity that matches the filters, following the pages (at most 500). */
export async function allEvents(involving, filters, signal) {
    const events = [];
    const errors = [];
    let after = null;
    let total = 0;
    do {
        const page = await query(TIMELINE, {involving, ...filters, after}, signal);
        errors.push(...page.errors);
        const connection = page.data.events;
        total = connection.totalCount;
        events.push(...connection.edges.map(e => e.node));
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after && events.length < 500);
    return {events, total, errors};
}
