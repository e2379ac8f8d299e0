// Jurisdiction fields picked by name: every input[data-jurisdiction-picker] becomes an ARIA 1.2 combobox that lists, as
// the person types, the jurisdictions of their scope whose name (in either language) or code matches, each with its
// path. The input keeps holding the code, so a typed code is still accepted and forms post what they always posted.
(function () {
  'use strict';

  var texts = {};
  var counter = 0;

  function readTexts() {
    var el = document.getElementById('picker-texts');
    if (el) { texts = el.dataset; }
  }

  function format(pattern, n) { return String(pattern || '').replace('{0}', n); }

  function enhance(input) {
    if (input.dataset.pickerReady) { return; }
    input.dataset.pickerReady = 'true';
    var id = 'jp' + (++counter);
    var wrapper = document.createElement('div');
    wrapper.className = 'jurisdiction-picker position-relative';
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    var list = document.createElement('ul');
    list.id = id + '-list';
    list.className = 'jurisdiction-picker-list list-group shadow-sm';
    list.setAttribute('role', 'listbox');
    if (input.labels && input.labels.length) {
      if (!input.labels[0].id) { input.labels[0].id = id + '-label'; }
      list.setAttribute('aria-labelledby', input.labels[0].id);
    }
    list.hidden = true;
    wrapper.appendChild(list);
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    wrapper.appendChild(status);
    var chosen = document.createElement('div');
    chosen.className = 'form-text jurisdiction-picker-chosen';
    chosen.id = id + '-chosen';
    wrapper.appendChild(chosen);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');
    var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    described.push(chosen.id);
    input.setAttribute('aria-describedby', described.join(' '));
    if (!input.getAttribute('placeholder') && texts.placeholder) { input.setAttribute('placeholder', texts.placeholder); }

    var items = [];
    var active = -1;
    var timer = null;
    var seq = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function mark(index) {
      var options = list.querySelectorAll('[role=option]');
      options.forEach(function (o, i) {
        var on = i === index;
        o.setAttribute('aria-selected', on ? 'true' : 'false');
        o.classList.toggle('active', on);
        if (on) { o.scrollIntoView({ block: 'nearest' }); }
      });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function pathText(item) {
      return item.path.map(function (s) { return s.name; }).join(' / ');
    }

    function choose(index) {
      var item = items[index];
      if (!item) { return; }
      input.value = item.code;
      chosen.textContent = (item.path.length ? pathText(item) + ' / ' : '') + item.name;
      chosen.setAttribute('lang', item.lang);
      close();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function render(found) {
      items = found;
      list.innerHTML = '';
      if (!found.length) {
        var none = document.createElement('li');
        none.className = 'list-group-item text-muted small';
        none.textContent = texts.none || '';
        list.appendChild(none);
      }
      found.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = id + '-opt' + i;
        li.className = 'list-group-item list-group-item-action jurisdiction-picker-option';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        var name = document.createElement('span');
        name.className = 'fw-semibold';
        name.setAttribute('lang', item.lang);
        name.textContent = item.name;
        var code = document.createElement('code');
        code.className = 'ms-2 small';
        code.textContent = item.code;
        li.appendChild(name);
        li.appendChild(code);
        var below = document.createElement('div');
        below.className = 'small text-muted';
        below.textContent = item.levelName + (item.path.length ? ' · ' + pathText(item) : '');
        li.appendChild(below);
        li.addEventListener('mousedown', function (e) { e.preventDefault(); });
        li.addEventListener('click', function () { choose(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = found.length ? format(texts.count, found.length) : (texts.none || '');
      active = -1;
    }

    function lookup() {
      var q = input.value.trim();
      if (!q) { close(); items = []; return; }
      var mine = ++seq;
      fetch('/api/v1/jurisdictions/lookup?size=10&q=' + encodeURIComponent(q),
        { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
        .then(function (body) { if (mine === seq && document.activeElement === input) { render(body.items || []); } })
        .catch(function () { if (mine === seq) { close(); } });
    }

    input.addEventListener('input', function () {
      chosen.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(lookup, 180);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (list.hidden) { lookup(); return; }
        if (items.length) { mark((active + 1) % items.length); }
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        if (items.length && !list.hidden) { mark(active <= 0 ? items.length - 1 : active - 1); }
      } else if (e.key === 'Enter') {
        if (!list.hidden && active >= 0) { e.preventDefault(); choose(active); }
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); }
      } else if (e.key === 'Tab') {
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 120); });
  }

  function enhanceAll(root) {
    (root || document).querySelectorAll('input[data-jurisdiction-picker]').forEach(enhance);
  }

  document.addEventListener('DOMContentLoaded', function () { readTexts(); enhanceAll(document); });
  document.addEventListener('htmx:afterSettle', function (e) { enhanceAll(e.target); });
})();
