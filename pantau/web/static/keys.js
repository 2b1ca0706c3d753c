// Pantau workbench keyboard: j/k move, o or Enter open, c confirm, x dismiss, / search, ? help.
(function () {
  "use strict";
  var current = -1;

  function rows() { return Array.prototype.slice.call(document.querySelectorAll(".row")); }

  function select(index) {
    var all = rows();
    if (!all.length) { return; }
    current = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) { row.classList.toggle("current", i === current); });
    all[current].scrollIntoView({ block: "nearest" });
  }

  function scope() {
    var all = rows();
    if (current >= 0 && all[current] && all[current].querySelector("[data-key]")) {
      return all[current];
    }
    return document.getElementById("review-panel");
  }

  function press(key) {
    var where = scope();
    var button = where && where.querySelector('button[data-key="' + key + '"]');
    if (button) { button.click(); }
  }

  function open() {
    var row = rows()[current];
    if (!row) { return; }
    var link = row.querySelector("a.open");
    window.location.href = link ? link.href : row.getAttribute("data-href");
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var help = document.getElementById("keys-help");
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "o": case "Enter": if (current >= 0) { open(); } else { return; } break;
      case "c": press("c"); break;
      case "x": press("x"); break;
      case "/": document.getElementById("quick-search").focus(); break;
      case "?": if (help.open) { help.close(); } else { help.showModal(); } break;
      default: return;
    }
    event.preventDefault();
  });
}());
