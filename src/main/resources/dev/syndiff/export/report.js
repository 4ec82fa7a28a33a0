(function () {
  "use strict";
  var d = document, at = -1, each = function (list, f) { Array.prototype.forEach.call(list, f); };
  d.documentElement.setAttribute("data-js", "ran");
  d.getElementById("tools").hidden = false;
  each(d.querySelectorAll("input[data-k]"), function (box) {
    box.addEventListener("change", function () {
      var k = ".k-" + box.getAttribute("data-k");
      each(d.querySelectorAll("#copies td " + k + ", #findings ol" + k), function (e) { e.classList.toggle("off", !box.checked); });
    });
  });
  function go(step) {
    var list = Array.prototype.filter.call(d.querySelectorAll("#copies td a"), function (a) { return a.getClientRects().length; });
    if (!list.length) { return; }
    at = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    list[at].scrollIntoView({ block: "center" });
    list[at].focus();
  }
  d.getElementById("next").addEventListener("click", function () { go(1); });
  d.getElementById("prev").addEventListener("click", function () { go(-1); });
  d.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.target.tagName === "INPUT") { return; }
    if (e.key === "n") { go(1); } else if (e.key === "p") { go(-1); }
  });
})();
