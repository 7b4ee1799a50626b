// ECharts (mvnpm jar, served by the gateway) draws the timeline and the graph. It is loaded only when an entity page
// needs it, so the search page stays light.
import {displayName, formatDate, startOf, t, term} from './text.js';

const ECHARTS = '/_static/echarts/dist/echarts.min.js';
let loading;

function echarts() {
    if (window.echarts) {
        return Promise.resolve(window.echarts);
    }
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = ECHARTS;
        script.onload = () => resolve(window.echarts);
        script.onerror = () => {
            loading = null;
            reject(new Error('ECharts could not be loaded'));
        };
        document.head.append(script);
    });
    return loading;
}

const live = new Set();
window.addEventListener('resize', () => live.forEach(chart => chart.resize()));

/** Disposes the charts of the page being left. */
export function disposeCharts() {
    live.forEach(chart => chart.dispose());
    live.clear();
}

async function chartIn(element, ariaLabel) {
    const lib = await echarts();
    if (!element.isConnected) {
        return null; // the user navigated away meanwhile
    }
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', ariaLabel);
    const chart = lib.init(element, null, {renderer: 'canvas'});
    live.add(chart);
    return chart;
}

const TYPE_COLOURS = {
    PERSON: '#0b5d5b', ORGANIZATION: '#b5562b', LOCATION: '#5a6fb0', EVENT_NAME: '#8a6d1d', OTHER: '#777',
};
const STATUS_SYMBOL = {HAPPENED: 'circle', PLANNED: 'emptyCircle', CANCELLED: 'emptyTriangle'};

/**
 * The events over time: one row per event type, a filled dot for what happened, a hollow one for what was planned.
 * Clicking a dot opens the event.
 */
export async function drawTimeline(element, events, open) {
    const dated = events.filter(e => e.date);
    const chart = await chartIn(element, t('timelineLabel'));
    if (!chart) {
        return;
    }
    const types = [...new Set(dated.map(e => e.type))].sort();
    chart.setOption({
        aria: {enabled: true},
        animation: false,
        grid: {left: 110, right: 24, top: 16, bottom: 36},
        tooltip: {
            trigger: 'item',
            formatter: p => `${term(p.data.event.type)} · ${term(p.data.event.status)}<br>${formatDate(p.data.event.date, p.data.event.datePrecision)}`,
        },
        xAxis: {type: 'time', axisLabel: {hideOverlap: true}},
        yAxis: {type: 'category', data: types, axisLabel: {formatter: v => term(v)}},
        series: [{
            type: 'scatter',
            symbolSize: 14,
            data: dated.map(e => ({
                value: [startOf(e.date), e.type],
                symbol: STATUS_SYMBOL[e.status] || 'circle',
                itemStyle: {color: e.status === 'HAPPENED' ? '#0b5d5b' : '#b5562b', borderWidth: 2},
                event: e,
            })),
        }],
    });
    chart.on('click', p => open(p.data.event.id));
}

/**
 * The entity and those it shares events with, placed by a force layout: a line's width is the number of shared
 * events; lines between neighbours show that they meet in these events too. Clicking a node opens that entity.
 */
export async function drawGraph(element, centre, neighbours, pairs, open) {
    const chart = await chartIn(element, t('graphLabel'));
    if (!chart) {
        return;
    }
    const categories = Object.keys(TYPE_COLOURS);
    const node = (entity, shared, isCentre) => ({
        id: entity.id,
        name: displayName(entity),
        value: shared,
        category: categories.indexOf(entity.type) < 0 ? categories.length - 1 : categories.indexOf(entity.type),
        symbolSize: isCentre ? 34 : 14 + Math.min(shared, 8) * 3,
        label: {show: true, fontWeight: isCentre ? 'bold' : 'normal'},
        entity,
    });
    const nodes = [node(centre, 0, true), ...neighbours.map(n => node(n.entity, n.shared, false))];
    const links = [
        ...neighbours.map(n => ({source: centre.id, target: n.entity.id, value: n.shared,
            lineStyle: {width: 1 + Math.min(n.shared, 8), opacity: 0.7}})),
        ...pairs.map(p => ({source: p.a, target: p.b, value: p.shared, lineStyle: {width: 1, opacity: 0.25, type: 'dashed'}})),
    ];
    chart.setOption({
        aria: {enabled: true},
        tooltip: {formatter: p => p.dataType === 'edge' ? t('sharedEvents', p.data.value) : `${p.data.name} · ${term(p.data.entity.type)}`},
        legend: {data: categories.map(term), bottom: 0},
        series: [{
            type: 'graph',
            layout: 'force',
            roam: true,
            draggable: true,
            force: {repulsion: 420, edgeLength: [90, 220], gravity: 0.05},
            categories: categories.map(c => ({name: term(c), itemStyle: {color: TYPE_COLOURS[c]}})),
            data: nodes,
            links,
            emphasis: {focus: 'adjacency'},
            labelLayout: {hideOverlap: true},
        }],
    });
    chart.on('click', p => {
        if (p.dataType === 'node' && p.data.id !== centre.id) {
            open(p.data.id);
        }
    });
}
