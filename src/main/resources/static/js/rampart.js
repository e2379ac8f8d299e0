// Rampart page behaviour: maps (ECharts with GeoJSON, no tile server) and htmx CSRF headers.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var headers = csrfHeaders();
    Object.keys(headers).forEach(function (k) { event.detail.headers[k] = headers[k]; });
  });

  var palette = ['#dbe9f6', '#bad6ea', '#88bedc', '#539dcc', '#2a7ab9', '#0b559f', '#08306b'];

  function drawMap(el) {
    if (!window.echarts || el.dataset.drawn) { return; }
    el.dataset.drawn = 'true';
    var lang = el.dataset.lang === 'zh' ? 'zh' : 'en';
    fetch(el.dataset.geojson, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (geo) {
        var children = geo.features.filter(function (f) { return f.properties.role === 'child'; });
        var shown = geo;
        if (!shown.features.length) {
          el.classList.add('d-flex', 'align-items-center', 'justify-content-center', 'text-muted');
          el.textContent = el.dataset.empty || '';
          el.setAttribute('data-map-state', 'empty');
          return;
        }
        var mapName = 'm' + Math.random().toString(36).slice(2);
        shown.features.forEach(function (f) { f.properties.name = f.properties.code; });
        echarts.registerMap(mapName, shown);
        var values = (children.length ? children : shown.features).map(function (f) { return f.properties.population || 0; });
        var max = Math.max.apply(null, values.concat([1]));
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        chart.setOption({
          tooltip: {
            trigger: 'item',
            formatter: function (p) {
              var f = shown.features.find(function (x) { return x.properties.code === p.name; });
              if (!f) { return ''; }
              var name = lang === 'zh' ? (f.properties.name_zh || f.properties.name_en) : (f.properties.name_en || f.properties.name_zh);
              var pop = f.properties.population != null ? '<br>' + Number(f.properties.population).toLocaleString() : '';
              return echarts.format.encodeHTML(name) + ' (' + echarts.format.encodeHTML(f.properties.code) + ')' + pop;
            }
          },
          visualMap: { min: 0, max: max, show: children.length > 0, inRange: { color: palette }, left: 'left', bottom: 10,
            calculable: false, itemHeight: 80, textStyle: { fontSize: 10 } },
          series: [{
            type: 'map', map: mapName, roam: true, selectedMode: false,
            label: { show: shown.features.length <= 40, fontSize: 10,
              formatter: function (p) {
                var f = shown.features.find(function (x) { return x.properties.code === p.name; });
                return f ? (lang === 'zh' ? (f.properties.name_zh || f.properties.name_en) : (f.properties.name_en || f.properties.name_zh)) : p.name;
              } },
            itemStyle: { borderColor: '#fff', borderWidth: 0.8 },
            emphasis: { itemStyle: { areaColor: '#f2c14e' }, label: { show: true } },
            data: shown.features.map(function (f) {
              if (f.properties.role === 'self' && children.length) {
                // the jurisdiction's own outline, drawn under its children
                return { name: f.properties.code, value: null, silent: true, label: { show: false },
                  itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: '#12355b', borderWidth: 2.5 },
                  emphasis: { disabled: true } };
              }
              return { name: f.properties.code, value: f.properties.population || 0 };
            })
          }]
        });
        if (el.dataset.link) {
          chart.on('click', function (p) {
            var f = shown.features.find(function (x) { return x.properties.code === p.name; });
            if (f && f.properties.role === 'child') { window.location.href = el.dataset.link + encodeURIComponent(p.name); }
          });
        }
        window.addEventListener('resize', function () { chart.resize(); });
        el.setAttribute('data-map-state', 'drawn');
        el.setAttribute('data-map-features', String(children.length || shown.features.length));
      })
      .catch(function () {
        el.textContent = el.dataset.error || 'Map unavailable';
        el.setAttribute('data-map-state', 'error');
      });
  }

  function init(root) {
    (root || document).querySelectorAll('.map[data-geojson]').forEach(drawMap);
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSwap', function (e) { init(e.target); });
})();

// Tree: the first click loads the children (htmx); later clicks fold and unfold them.
(function () {
  'use strict';
  document.addEventListener('click', function (e) {
    var button = e.target.closest('[data-toggle-tree]');
    if (!button) { return; }
    var list = document.getElementById(button.getAttribute('aria-controls'));
    if (!list) { return; }
    if (button.dataset.loaded) {
      var open = button.getAttribute('aria-expanded') === 'true';
      list.hidden = open;
      button.setAttribute('aria-expanded', String(!open));
      button.textContent = open ? '+' : '\u2212';
    }
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    var list = e.target;
    if (!list.id || list.id.indexOf('kids-') !== 0) { return; }
    var button = document.querySelector('[aria-controls="' + list.id + '"]');
    if (button) {
      button.dataset.loaded = 'true';
      button.setAttribute('aria-expanded', 'true');
      button.textContent = '\u2212';
    }
  });
})();

// Uploads (form[data-upload-form], sent by htmx): refuse a file over the size limit before sending it,
// show the upload progress, and say so when the server refuses or cannot be reached.
(function () {
  'use strict';

  function uploadForm(el) {
    return el && el.closest ? el.closest('form[data-upload-form]') : null;
  }

  function showError(form, text) {
    var area = document.querySelector(form.getAttribute('hx-target'));
    if (!area) { return; }
    var alert = document.createElement('div');
    alert.className = 'alert alert-danger';
    alert.setAttribute('role', 'alert');
    alert.textContent = text;
    area.replaceChildren(alert);
  }

  document.addEventListener('htmx:confirm', function (e) {
    var form = uploadForm(e.target);
    if (!form) { return; }
    var limit = Number(form.dataset.maxBytes || 0);
    var input = form.querySelector('input[type="file"]');
    var file = input && input.files && input.files[0];
    if (limit > 0 && file && file.size > limit) {
      e.preventDefault();
      showError(form, form.dataset.tooLarge || '');
    }
  });

  document.addEventListener('htmx:beforeRequest', function (e) {
    var form = uploadForm(e.target);
    var bar = form && form.querySelector('progress');
    if (bar) { bar.value = 0; }
  });

  document.addEventListener('htmx:xhr:progress', function (e) {
    var form = uploadForm(e.target);
    var bar = form && form.querySelector('progress');
    if (bar && e.detail.lengthComputable && e.detail.total > 0) {
      bar.value = Math.round(e.detail.loaded * 100 / e.detail.total);
    }
  });

  document.addEventListener('htmx:responseError', function (e) {
    var form = uploadForm(e.target);
    if (!form) { return; }
    var status = e.detail.xhr ? e.detail.xhr.status : 0;
    showError(form, status === 413 ? (form.dataset.tooLarge || '') : (form.dataset.failed || ''));
  });

  document.addEventListener('htmx:sendError', function (e) {
    var form = uploadForm(e.target);
    if (form) { showError(form, form.dataset.failed || ''); }
  });
})();

// Confirmation before destructive forms (data-confirm) and copy buttons (data-copy-target): no inline handlers, CSP.
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    var form = e.target.closest('form[data-confirm]');
    if (form && !window.confirm(form.getAttribute('data-confirm'))) {
      e.preventDefault();
    }
  });
  document.addEventListener('click', function (e) {
    var button = e.target.closest('[data-copy-target]');
    if (!button) { return; }
    var input = document.getElementById(button.getAttribute('data-copy-target'));
    if (!input) { return; }
    input.select();
    var done = function () {
      if (button.dataset.copied) { button.textContent = button.dataset.copied; }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  });
  document.addEventListener('focusin', function (e) {
    if (e.target.matches && e.target.matches('[data-select-on-focus]')) { e.target.select(); }
  });
})();

// Indicators: a series chart (div.indicator-chart[data-series]) with the warning threshold bands when the rules
// API answers (404 or an error: no bands), and maps coloured by the latest value of each child
// (div.value-map[data-geojson][data-values], a {code: value} object).
(function () {
  'use strict';

  var levels = [['BLUE', 'rgba(30,110,220,0.10)'], ['YELLOW', 'rgba(240,200,0,0.16)'],
    ['ORANGE', 'rgba(250,130,0,0.16)'], ['RED', 'rgba(220,30,30,0.14)']];

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); });
  }

  // Bands between consecutive thresholds; for "lower is worse" the bands extend downwards.
  // The rule for the chart's jurisdiction wins over the default one (a rule without a jurisdiction).
  function bands(rules, jurisdiction) {
    var items = (rules && rules.items) || [];
    var rule = items.find(function (r) { return r.jurisdiction && r.jurisdiction === jurisdiction; }) ||
      items.find(function (r) { return !r.jurisdiction; });
    if (!rule || !rule.thresholds) { return []; }
    var down = /^(LOW|BELOW|DOWN|DESC|FALL)/i.test(String(rule.direction || ''));
    var out = [];
    levels.forEach(function (level, i) {
      var from = rule.thresholds[level[0]];
      if (from == null) { return; }
      var next = null;
      for (var k = i + 1; k < levels.length && next == null; k++) { next = rule.thresholds[levels[k][0]]; }
      var area = down ? [{ yAxis: next == null ? -1e12 : next }, { yAxis: from }] : [{ yAxis: from }, { yAxis: next == null ? 1e12 : next }];
      area[0].itemStyle = { color: level[1] };
      area[0].name = level[0];
      out.push(area);
    });
    return out;
  }

  function drawChart(el) {
    if (!window.echarts || el.dataset.drawn) { return; }
    el.dataset.drawn = 'true';
    var rules = el.dataset.rules ? getJson(el.dataset.rules).catch(function () { return null; }) : Promise.resolve(null);
    Promise.all([getJson(el.dataset.series), rules]).then(function (answers) {
      var series = answers[0];
      var points = series.points || [];
      if (!points.length) {
        el.classList.add('d-flex', 'align-items-center', 'justify-content-center', 'text-muted');
        el.textContent = el.dataset.empty || '';
        el.setAttribute('data-chart-state', 'empty');
        return;
      }
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      var data = points.map(function (p) {
        return { value: [p.time, p.value], rolledUp: p.rolledUp,
          itemStyle: p.rolledUp ? { color: '#fff', borderColor: '#2a7ab9', borderType: 'dashed' } : undefined };
      });
      chart.setOption({
        grid: { left: 60, right: 20, top: 30, bottom: 40 },
        tooltip: { trigger: 'axis', formatter: function (ps) {
          var p = ps[0];
          var label = p.data.rolledUp ? (el.dataset.rolled || '') : (el.dataset.own || '');
          return echarts.format.encodeHTML(new Date(p.value[0]).toLocaleString()) + '<br>' +
            echarts.format.encodeHTML(String(p.value[1]) + ' ' + (el.dataset.unit || '')) + '<br>' + echarts.format.encodeHTML(label);
        } },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', name: el.dataset.unit || '', scale: true },
        series: [{ type: 'line', showSymbol: true, symbolSize: 7, data: data,
          markArea: { silent: true, data: bands(answers[1], el.dataset.jurisdiction) } }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-chart-state', 'drawn');
      el.setAttribute('data-bands', String(bands(answers[1], el.dataset.jurisdiction).length));
    }).catch(function () {
      el.textContent = el.dataset.error || '';
      el.setAttribute('data-chart-state', 'error');
    });
  }

  var palette = ['#fff5eb', '#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];

  function drawValueMap(el) {
    if (!window.echarts || el.dataset.drawn) { return; }
    el.dataset.drawn = 'true';
    var lang = el.dataset.lang === 'zh' ? 'zh' : 'en';
    Promise.all([getJson(el.dataset.geojson), getJson(el.dataset.values)]).then(function (answers) {
      var geo = answers[0];
      var values = answers[1] || {};
      // A warning-level map (data-levels: the four level names, blue to red): levels become ranks 1..4.
      var levelNames = el.dataset.levels ? el.dataset.levels.split(',') : null;
      var levelCodes = ['BLUE', 'YELLOW', 'ORANGE', 'RED'];
      if (levelNames) {
        var ranks = {};
        Object.keys(values).forEach(function (k) { ranks[k] = levelCodes.indexOf(values[k]) + 1; });
        values = ranks;
      }
      var children = geo.features.filter(function (f) { return f.properties.role === 'child'; });
      if (!children.length) {
        el.textContent = el.dataset.empty || '';
        el.setAttribute('data-map-state', 'empty');
        return;
      }
      var shown = { type: 'FeatureCollection', features: children };
      shown.features.forEach(function (f) { f.properties.name = f.properties.code; });
      var mapName = 'v' + Math.random().toString(36).slice(2);
      echarts.registerMap(mapName, shown);
      var nums = Object.keys(values).map(function (k) { return values[k]; });
      var min = nums.length ? Math.min.apply(null, nums) : 0;
      var max = nums.length ? Math.max.apply(null, nums) : 1;
      function nameOf(code) {
        var f = children.find(function (x) { return x.properties.code === code; });
        return f ? (lang === 'zh' ? (f.properties.name_zh || f.properties.name_en) : (f.properties.name_en || f.properties.name_zh)) : code;
      }
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        tooltip: { trigger: 'item', formatter: function (p) {
          var v = values[p.name];
          var shownValue = v == null ? (el.dataset.noValue || '') : (levelNames ? levelNames[v - 1] : String(v));
          return echarts.format.encodeHTML(nameOf(p.name)) + ' (' + echarts.format.encodeHTML(p.name) + ')<br>' +
            echarts.format.encodeHTML(shownValue);
        } },
        visualMap: levelNames ? { type: 'piecewise', left: 'left', bottom: 10, textStyle: { fontSize: 10 },
          pieces: [{ value: 1, color: '#1e6edc', label: levelNames[0] }, { value: 2, color: '#f0c800', label: levelNames[1] },
            { value: 3, color: '#fa8200', label: levelNames[2] }, { value: 4, color: '#dc1e1e', label: levelNames[3] }] }
          : { min: min, max: max === min ? min + 1 : max, show: nums.length > 0, inRange: { color: palette },
          left: 'left', bottom: 10, calculable: false, itemHeight: 80, textStyle: { fontSize: 10 } },
        series: [{ type: 'map', map: mapName, roam: true, selectedMode: false,
          label: { show: children.length <= 40, fontSize: 10, formatter: function (p) { return nameOf(p.name); } },
          itemStyle: { borderColor: '#666', borderWidth: 0.6, areaColor: '#eee' },
          data: children.map(function (f) {
            var v = values[f.properties.code];
            return v == null ? { name: f.properties.code, value: null, itemStyle: { areaColor: '#eee' } }
              : { name: f.properties.code, value: v };
          }) }]
      });
      if (el.dataset.link) {
        chart.on('click', function (p) { window.location.href = el.dataset.link + encodeURIComponent(p.name); });
      }
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-map-state', 'drawn');
      el.setAttribute('data-map-values', String(nums.length));
    }).catch(function () {
      el.textContent = el.dataset.error || '';
      el.setAttribute('data-map-state', 'error');
    });
  }

  function init(root) {
    (root || document).querySelectorAll('.indicator-chart[data-series]').forEach(drawChart);
    (root || document).querySelectorAll('.value-map[data-values]').forEach(drawValueMap);
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSwap', function (e) { init(e.target); });
  // Draw a chart or map again with fresh values: dispatch 'rampart:redraw' on its element (live warnings board).
  document.addEventListener('rampart:redraw', function (e) {
    var old = window.echarts && echarts.getInstanceByDom(e.target);
    if (old) { old.dispose(); }
    delete e.target.dataset.drawn;
    init(e.target.parentNode);
  });
})();

// Live warnings board (#warnings-live[data-stream]): server-sent events say when a warning in the user's scope
// changed; the rows (#warning-rows, an htmx fragment) and the level map are then fetched again. Without EventSource,
// or while the stream is down, the rows are polled every 10 s instead. The badge says which of the two is at work,
// or that the user signed out (the stream then ends and neither streaming nor polling goes on).
(function () {
  'use strict';
  var POLL_MS = 10000;
  var SETTLE_MS = 300;
  var MAP_EVERY_MS = 5000;
  var RETRY_MS = 60000;
  var STYLES = { live: 'text-bg-success', connecting: 'text-bg-secondary', polling: 'text-bg-warning',
    signedout: 'text-bg-dark' };

  function start() {
    var badge = document.getElementById('warnings-live');
    if (!badge || !window.htmx) { return; }
    var source = null;
    var pollTimer = null;
    var rowsTimer = null;
    var mapTimer = null;
    var mapAt = Date.now();
    var opened = 0;

    function show(state) {
      badge.dataset.state = state;
      badge.textContent = badge.dataset[state] || state;
      badge.className = 'badge rounded-pill ' + STYLES[state];
    }

    function refreshRows() {
      var rows = document.getElementById('warning-rows');
      if (rows) { htmx.trigger(rows, 'refresh-warnings'); }
    }

    function refreshMap() {
      mapTimer = null;
      mapAt = Date.now();
      var map = document.querySelector('.value-map[data-levels][data-map-state]');
      if (map) { map.dispatchEvent(new CustomEvent('rampart:redraw', { bubbles: true })); }
    }

    // Many changes in a burst give one request for the rows and at most one map redraw every few seconds.
    function changed() {
      if (!rowsTimer) {
        rowsTimer = setTimeout(function () { rowsTimer = null; refreshRows(); }, SETTLE_MS);
      }
      if (!mapTimer) {
        mapTimer = setTimeout(refreshMap, Math.max(SETTLE_MS, MAP_EVERY_MS - (Date.now() - mapAt)));
      }
    }

    function poll(on) {
      if (on && !pollTimer) {
        pollTimer = setInterval(changed, POLL_MS);
      } else if (!on && pollTimer) {
        clearInterval(pollTimer);
        pollTimer = null;
      }
    }

    function connect() {
      if (!window.EventSource || !badge.dataset.stream) {
        show('polling');
        poll(true);
        return;
      }
      source = new EventSource(badge.dataset.stream);
      source.addEventListener('ready', function () {
        show('live');
        poll(false);
        // catch up with whatever changed before the stream (re)opened
        if (opened++ > 0) { changed(); } else { refreshRows(); }
      });
      source.addEventListener('warning', changed);
      source.onerror = function () {
        if (source.readyState === EventSource.CLOSED) {
          // refused (signed out, switched off, too many streams): unless signed out, poll and try again later
          source = null;
          signedIn().then(function (yes) {
            if (yes) {
              show('polling');
              poll(true);
              setTimeout(connect, RETRY_MS);
            } else {
              signedOut();
            }
          });
        } else {
          poll(true);
          show('connecting');
        }
      };
    }

    // A signed-out browser is sent to the sign-in page (a redirect) or refused (401/403).
    function signedIn() {
      return fetch(window.location.href, { redirect: 'manual', credentials: 'same-origin' })
        .then(function (r) { return r.type !== 'opaqueredirect' && r.status !== 401 && r.status !== 403; })
        .catch(function () { return true; });
    }

    function signedOut() {
      poll(false);
      if (rowsTimer) { clearTimeout(rowsTimer); rowsTimer = null; }
      if (mapTimer) { clearTimeout(mapTimer); mapTimer = null; }
      show('signedout');
    }

    window.addEventListener('pagehide', function () {
      if (source) { source.close(); source = null; }
    });
    window.addEventListener('pageshow', function (e) {
      if (e.persisted && !source) { connect(); }
    });
    connect();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
