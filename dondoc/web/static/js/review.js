// Review page: clicking a highlighted passage shows its draft, and the reverse. No library.
(function () {
  "use strict";
  function activate(id) {
    document.querySelectorAll("mark.hl.active").forEach(function (m) { m.classList.remove("active"); });
    var mark = document.getElementById("hl-" + id);
    if (mark) { mark.classList.add("active"); }
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var mark = target.closest("mark.hl");
    if (mark) {
      var id = mark.getAttribute("data-task");
      activate(id);
      var card = document.getElementById("task-" + id);
      if (card) { card.scrollIntoView({ behavior: "smooth", block: "center" }); }
      return;
    }
    var card2 = target.closest("article.draft");
    if (card2) { activate(card2.getAttribute("data-task")); }
  });
})();
