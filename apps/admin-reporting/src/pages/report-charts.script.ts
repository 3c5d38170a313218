/**
 * The browser's half of every chart: reads each report's JSON from its script element and draws
 * it with echarts' SVG renderer, numbers written on the bars and cells so the chart can be read
 * without hovering. Served as /assets/report-charts.js.
 */
export const REPORT_CHARTS_SCRIPT = `'use strict';
(function () {
  function label(value) {
    return typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value);
  }
  function distinct(rows, key) {
    return Array.from(new Set(rows.map(function (row) { return row[key]; }))).sort();
  }
  function heatmap(report) {
    var chart = report.chart, rows = report.rows;
    var xs = distinct(rows, chart.x), ys = distinct(rows, chart.y);
    var values = rows.map(function (row) { return row[chart.value] === null ? 0 : row[chart.value]; });
    return {
      tooltip: {}, grid: { left: 120, bottom: 80 },
      xAxis: { type: 'category', data: xs, name: chart.x },
      yAxis: { type: 'category', data: ys, name: chart.y },
      visualMap: { min: Math.min.apply(null, values.concat([0])), max: Math.max.apply(null, values.concat([1])),
        calculable: false, orient: 'horizontal', left: 'center', bottom: 0 },
      series: [{ type: 'heatmap', name: chart.value, label: { show: true, formatter: function (p) { return label(p.value[2]); } },
        data: rows.map(function (row) { return [xs.indexOf(row[chart.x]), ys.indexOf(row[chart.y]), row[chart.value]]; }) }]
    };
  }
  function bars(report) {
    var chart = report.chart, rows = report.rows;
    return {
      tooltip: {}, legend: {}, grid: { bottom: 80 },
      xAxis: { type: 'category', data: rows.map(function (row) { return row[chart.category]; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: chart.values.map(function (key) {
        return { type: 'bar', name: key, label: { show: true, position: 'top', formatter: function (p) { return label(p.value); } },
          data: rows.map(function (row) { return row[key]; }) };
      })
    };
  }
  document.querySelectorAll('[data-report]').forEach(function (element) {
    var report = JSON.parse(document.getElementById(element.dataset.report + '-data').textContent);
    var option = report.chart.kind === 'heatmap' ? heatmap(report) : bars(report);
    option.animation = false;
    option.aria = { enabled: true };
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
`;
