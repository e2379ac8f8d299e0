// Incidents: the quick-report form (size check before sending, sub-types of the chosen type, "use my location"),
// the board's map (choropleth of counts by jurisdiction plus the incidents' points) and the statistics charts.
(function () {
  'use strict';

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); });
  }

  // A file over the limit is refused here, so the typed report is never lost to a 413 page.
  document.addEventListener('submit', function (e) {
    var form = e.target.closest('form.incident-quick');
    if (!form) { return; }
    var max = Number(form.getAttribute('data-max-bytes') || 0);
    var input = form.querySelector('input[type=file]');
    var error = form.querySelector('#photoError');
    if (error) { error.textContent = ''; }
    if (max && input && input.files && input.files.length && input.files[0].size > max) {
      e.preventDefault();
      if (error) { error.textContent = form.getAttribute('data-too-large') || ''; }
      input.focus();
    }
  });

  function filterSubTypes(form) {
    var type = form.querySelector('#type');
    var sub = form.querySelector('#subType');
    if (!type || !sub) { return; }
    Array.prototype.forEach.call(sub.options, function (o) {
      var t = o.getAttribute('data-type');
      o.hidden = !!t && t !== type.value;
      if (o.hidden && o.selected) { sub.value = ''; }
    });
  }

  document.addEventListener('change', function (e) {
    var form = e.target.closest && e.target.closest('form.incident-quick');
    if (form && e.target.id === 'type') { filterSubTypes(form); }
  });

  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-locate]');
    if (!button || !navigator.geolocation) { return; }
    navigator.geolocation.getCurrentPosition(function (p) {
      document.getElementById('longitude').value = p.coords.longitude.toFixed(6);
      document.getElementById('latitude').value = p.coords.latitude.toFixed(6);
    });
  });

  var palette = ['#fff5eb', '#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];
  var gradeColours = { I: '#b30000', II: '#e6550d', III: '#f0b400', IV: '#1e6edc' };

  function drawMap(el) {
    if (!window.echarts || el.dataset.drawn) { return; }
    el.dataset.drawn = 'true';
    var lang = el.dataset.lang === 'zh' ? 'zh' : 'en';
    Promise.all([getJson(el.dataset.geojson), getJson(el.dataset.values), getJson(el.dataset.points)]).then(function (a) {
      var geo = a[0];
      var counts = a[1] || {};
      var points = ((a[2] && a[2].items) || []).filter(function (i) { return i.longitude != null; });
      var children = geo.features.filter(function (f) { return f.properties.role === 'child'; });
      var shownFeatures = children.length ? children : geo.features;
      if (!shownFeatures.length) {
        el.textContent = el.dataset.empty || '';
        el.setAttribute('data-map-state', 'empty');
        return;
      }
      shownFeatures.forEach(function (f) { f.properties.name = f.properties.code; });
      var name = 'i' + Math.random().toString(36).slice(2);
      echarts.registerMap(name, { type: 'FeatureCollection', features: shownFeatures });
      var nums = Object.keys(counts).map(function (k) { return counts[k]; });
      var max = nums.length ? Math.max.apply(null, nums) : 1;
      function nameOf(code) {
        var f = shownFeatures.find(function (x) { return x.properties.code === code; });
        return f ? (lang === 'zh' ? (f.properties.name_zh || f.properties.name_en) : (f.properties.name_en || f.properties.name_zh)) : code;
      }
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: function (p) {
          if (p.seriesType === 'scatter') {
            return echarts.format.encodeHTML(p.data.title) + '<br>' + echarts.format.encodeHTML(p.data.grade);
          }
          return echarts.format.encodeHTML(nameOf(p.name)) + ': ' + (counts[p.name] || 0);
        } },
        geo: { map: name, roam: true, itemStyle: { borderColor: '#666', borderWidth: 0.6, areaColor: '#eee' },
          label: { show: shownFeatures.length <= 30, fontSize: 10, formatter: function (p) { return nameOf(p.name); } } },
        visualMap: { seriesIndex: 0, min: 0, max: Math.max(1, max), inRange: { color: palette }, left: 'left',
          bottom: 10, itemHeight: 80, textStyle: { fontSize: 10 }, calculable: false },
        series: [
          { type: 'map', geoIndex: 0, data: shownFeatures.map(function (f) {
            return { name: f.properties.code, value: counts[f.properties.code] || 0 }; }) },
          { type: 'scatter', coordinateSystem: 'geo', symbolSize: 7, data: points.map(function (i) {
            return { value: [i.longitude, i.latitude], id: i.id, title: i.title, grade: i.grade,
              itemStyle: { color: gradeColours[i.grade] || '#333', borderColor: '#fff', borderWidth: 1 } }; }) }
        ]
      });
      chart.on('click', function (p) {
        if (p.seriesType === 'scatter') { window.location.href = el.dataset.link + p.data.id; }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-map-state', 'drawn');
      el.setAttribute('data-map-points', String(points.length));
    }).catch(function () {
      el.textContent = el.dataset.error || '';
      el.setAttribute('data-map-state', 'error');
    });
  }

  function drawChart(el) {
    if (!window.echarts || el.dataset.drawn) { return; }
    el.dataset.drawn = 'true';
    var rows = JSON.parse(el.dataset.values || '[]');
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    var kind = el.dataset.kind;
    if (kind === 'pie') {
      chart.setOption({ animation: false, tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: ['35%', '70%'],
        data: rows.map(function (r) { return { name: r.label, value: r.value,
          itemStyle: { color: gradeColours[r.name] } }; }) }] });
    } else {
      chart.setOption({ animation: false, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 10, top: 20, bottom: 60 },
        xAxis: { type: 'category', data: rows.map(function (r) { return r.label; }), axisLabel: { rotate: 30, fontSize: 10 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: kind === 'line' ? 'line' : 'bar', data: rows.map(function (r) { return r.value; }) }] });
    }
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-chart-state', 'drawn');
  }

  function init() {
    document.querySelectorAll('form.incident-quick').forEach(filterSubTypes);
    document.querySelectorAll('.incident-map[data-points]').forEach(drawMap);
    document.querySelectorAll('.incident-chart[data-values]').forEach(drawChart);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
