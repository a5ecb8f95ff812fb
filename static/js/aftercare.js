// A "Print aftercare" button: prints the care cards alone (see the print rules in
// rules.css). Without JavaScript the browser's own print gives the whole page, tidied.
(function () {
  "use strict";
  var button = document.querySelector("[data-print-aftercare]");
  if (!button || !window.print) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    document.documentElement.setAttribute("data-print", "aftercare");
    window.print();
  });
  window.addEventListener("afterprint", function () {
    document.documentElement.removeAttribute("data-print");
  });
})();
