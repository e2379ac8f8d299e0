// Charts of the supervision board (open tasks per status, stacked by band) and of the scorecard (on-time and sent-back
// rates of the best-ranked lines). The data comes in data attributes written by the server; the tables next to the
// charts hold the same figures for readers without the chart.
(function () {
  'use strict';

  var COLOURS = { GREEN: '#146c43', YELLOW: '#ffc107', RED: '#b02a37' };
  // no growing bars for readers who asked for less motion
  var ANIMATE = !(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);

  function board(el) {
    var data = JSON.parse(el.dataset.boardChart);
    var chart = echarts.init(el);
    var series = Object.keys(data.series).map(function (band) {
      return { name: data.names[band], type: 'bar', stack: 'open', data: data.series[band],
        itemStyle: { color: COLOURS[band] }, emphasis: { focus: 'series' } };
    });
    chart.setOption({
      animation: ANIMATE,
      aria: { enabled: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.labels, inverse: true },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function scorecard(el) {
    var data = JSON.parse(el.dataset.scorecardChart);
    if (!data.labels.length) { el.hidden = true; return; }
    var chart = echarts.init(el);
    chart.setOption({
      animation: ANIMATE,
      aria: { enabled: true },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' %'; } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: 40, interval: 0 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      series: [
        { name: data.onTimeName, type: 'bar', data: data.onTime, itemStyle: { color: COLOURS.GREEN } },
        { name: data.sentBackName, type: 'bar', data: data.sentBack, itemStyle: { color: COLOURS.RED } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-board-chart]').forEach(board);
    document.querySelectorAll('[data-scorecard-chart]').forEach(scorecard);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
