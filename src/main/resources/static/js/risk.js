// The trend of a risk (div.risk-trend[data-trend]): inherent and residual score over time, as steps, on bands
// coloured like the levels. Data comes from the page: [{t, s, l, rs, rl}], bands [{level, from, to, colour}].
(function () {
  var COLOURS = { blue: '#0d6efd', yellow: '#ffc107', orange: '#fd7e14', red: '#dc3545' };

  function draw(el) {
    if (!window.echarts || el.dataset.drawn) { return; }
    el.dataset.drawn = '1';
    var points = JSON.parse(el.dataset.trend || '[]');
    var bands = JSON.parse(el.dataset.bands || '[]');
    var names = (el.dataset.levels || '').split(',');
    var max = bands.length ? bands[bands.length - 1].to : 25;
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 36, bottom: 40 },
      legend: { top: 4, data: [el.dataset.inherent, el.dataset.residual] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', min: 0, max: max },
      series: [
        { name: el.dataset.inherent, type: 'line', step: 'end', symbolSize: 8, color: '#212529',
          data: points.map(function (p) { return [p.t, p.s]; }),
          markArea: { silent: true, data: bands.map(function (b, i) {
            return [{ yAxis: b.from - 1, name: names[i] || b.level,
                      itemStyle: { color: COLOURS[b.colour] || '#ccc', opacity: 0.12 },
                      label: { position: 'insideLeft', color: '#555', fontSize: 10 } }, { yAxis: b.to }];
          }) } },
        { name: el.dataset.residual, type: 'line', step: 'end', symbolSize: 8, color: '#198754',
          lineStyle: { type: 'dashed' }, connectNulls: true,
          data: points.filter(function (p) { return p.rs != null; }).map(function (p) { return [p.t, p.rs]; }) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-chart-state', 'drawn');
    el.setAttribute('data-chart-points', String(points.length));
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.risk-trend[data-trend]').forEach(draw);
  });
})();
