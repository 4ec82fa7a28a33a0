(function () {
  "use strict";
  var d = document;
  d.documentElement.setAttribute("data-js", "ran");
  var tools = d.getElementById("tools");
  if (tools) { tools.hidden = false; }
  var boxes = d.querySelectorAll("input[data-k]");
  Array.prototype.forEach.call(boxes, function (box) {
    box.addEventListener("change", function () {
      var kind = ".k-" + box.getAttribute("data-k");
      Array.prototype.forEach.call(d.querySelectorAll("#copies td " + kind + ", #findings ol" + kind), function (e) {
        e.classList.toggle("off", !box.checked);
      });
    });
  });
  var at = -1;
  function markers() {
    return Array.prototype.filter.call(d.querySelectorAll("#copies td a"), function (a) {
      return a.getClientRects().length > 0;
    });
  }
  function go(step) {
    var list = markers();
    if (!list.length) { return; }
    at = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    list[at].scrollIntoView({ block: "center" });
    list[at].focus();
  }
  var next = d.getElementById("next"), prev = d.getElementById("prev");
  if (next) { next.addEventListener("click", function () { go(1); }); }
  if (prev) { prev.addEventListener("click", function () { go(-1); }); }
  d.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target && e.target.tagName === "INPUT")) { return; }
    if (e.key === "n") { go(1); } else if (e.key === "p") { go(-1); }
  });
})();
