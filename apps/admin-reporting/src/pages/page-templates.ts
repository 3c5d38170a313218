/**
 * The pages' Eta templates, kept in code so the app's single bundle carries them. `it.json` is
 * the report's JSON made safe for a script element; everything else is escaped by Eta.
 */
export const LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title><%= it.title %> · Admin reporting</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d2733; }
header { background: #1d2733; color: #fff; padding: .6rem 1.2rem; }
header a { color: #fff; margin-right: 1rem; }
main { max-width: 75rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
a:focus, button:focus, input:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
.chart { width: 100%; height: 26rem; }
table { border-collapse: collapse; margin-top: .5rem; }
th, td { border: 1px solid #c8d0d9; padding: .25rem .5rem; text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
form.filters { display: flex; gap: .8rem; flex-wrap: wrap; align-items: end; }
form.filters label { display: flex; flex-direction: column; font-size: 13px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; color: #000; }
</style>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header><nav aria-label="Reports"><a href="/">Dashboard</a><% it.reports.forEach(function (r) { %><a href="/reports/<%= r.name %>"><%= r.title %></a><% }) %></nav></header>
<main id="content">
<%~ it.body %>
</main>
<script src="/assets/echarts.min.js"></script>
<script src="/assets/report-charts.js"></script>
</body>
</html>`;

export const REPORT_PANEL = `<section class="report" aria-labelledby="<%= it.result.report %>-title">
<h2 id="<%= it.result.report %>-title"><%= it.result.title %></h2>
<p><%= it.description %>
<a href="/reports/<%= it.result.report %>.csv<%= it.query %>">CSV</a> ·
<a href="/reports/<%= it.result.report %>.json<%= it.query %>">JSON</a></p>
<div class="chart" id="<%= it.result.report %>-chart" data-report="<%= it.result.report %>" role="img" aria-label="Chart of <%= it.result.title %>; the same numbers are in the table below"></div>
<script type="application/json" id="<%= it.result.report %>-data"><%~ it.json %></script>
<table id="<%= it.result.report %>-table">
<caption><%= it.result.title %>: <%= it.result.rows.length %> rows</caption>
<thead><tr><% it.result.columns.forEach(function (c) { %><th scope="col"><%= c.label %></th><% }) %></tr></thead>
<tbody>
<% it.result.rows.forEach(function (row) { %><tr><% it.result.columns.forEach(function (c) { var v = row[c.key]; %><td<% if (typeof v === 'number') { %> class="number"<% } %>><%= v === null ? '' : v %></td><% }) %></tr>
<% }) %></tbody>
</table>
</section>`;

export const FILTER_FORM = `<form class="filters" method="get" action="/reports/<%= it.name %>">
<% it.filters.forEach(function (f) { %><label><%= f.label %><input name="<%= f.name %>" type="<%= f.type %>" value="<%= f.value %>"></label>
<% }) %><button type="submit">Apply filters</button>
</form>`;
