// fgqa view (a corpus): sort by any column, filter by level and year, pick the chart's indicator.
(function () {
  "use strict";
  var table = document.getElementById("corpus"), body = table.tBodies[0];
  var level = document.getElementById("f-level"), year = document.getElementById("f-year");
  var shown = document.getElementById("shown"), chart = document.getElementById("f-chart");
  function sortBy(th) {
    var col = th.cellIndex, numeric = th.getAttribute("data-sort") === "num";
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (r) {
      var v = r.cells[col].getAttribute("data-v");
      return { row: r, empty: v === "", v: numeric ? parseFloat(v) : v };
    });
    keyed.sort(function (a, b) {
      if (a.empty !== b.empty) return a.empty ? 1 : -1;  // not disclosed always last
      if (numeric) return dir * (a.v - b.v);
      return dir * String(a.v).localeCompare(String(b.v), "zh-CN");
    });
    var frag = document.createDocumentFragment();
    keyed.forEach(function (k) { frag.appendChild(k.row); });
    body.appendChild(frag);
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.tabIndex = 0;
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sortBy(th); } });
  });
  function filter() {
    var n = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var ok = (!level.value || r.getAttribute("data-level") === level.value) && (!year.value || r.getAttribute("data-year") === year.value);
      r.hidden = !ok; if (ok) n++;
    });
    shown.textContent = n;
  }
  level.addEventListener("change", filter); year.addEventListener("change", filter);
  chart.addEventListener("change", function () {
    Array.prototype.forEach.call(document.querySelectorAll("svg.chart"), function (svg) { svg.hidden = svg.getAttribute("data-key") !== chart.value; });
  });
})();
