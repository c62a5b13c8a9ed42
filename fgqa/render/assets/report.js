// fgqa view (one report): show a figure's details on hover or keyboard focus.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("figures").textContent);
  var box = document.getElementById("details");
  var active = [];
  function row(label, value) {
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = label; dd.textContent = value; return [dt, dd];
  }
  function show(i) {
    var f = data[i]; if (!f) return;
    active.forEach(function (el) { el.classList.remove("active"); });
    active = Array.prototype.slice.call(document.querySelectorAll('mark[data-fig="' + i + '"]'));
    active.forEach(function (el) { el.classList.add("active"); });
    var head = document.createElement("div"), b = document.createElement("b");
    b.textContent = f.value; head.appendChild(b); head.appendChild(document.createTextNode(" " + f.label));
    var dl = document.createElement("dl");
    [["指标", f.key || "(无对应指标)"], ["类型", f.kind_zh + " (" + f.kind + ")"], ["范围", f.scope || "—"],
     ["公式", f.formula || "—"], ["期间", f.period || "—"], ["来源", f.source], ["原文", f.quote]].forEach(function (p) {
      row(p[0], p[1]).forEach(function (el) { dl.appendChild(el); });
    });
    box.replaceChildren(head, dl);
  }
  function onEvent(ev) {
    var el = ev.target.closest && ev.target.closest("mark[data-fig]");
    if (el) show(el.getAttribute("data-fig"));
  }
  document.addEventListener("mouseover", onEvent);
  document.addEventListener("focusin", onEvent);
  function fromHash() {
    var m = /^#fig-(\d+)$/.exec(location.hash);
    if (m) { show(m[1]); var el = document.getElementById("fig-" + m[1]); if (el) el.focus({ preventScroll: true }); }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
