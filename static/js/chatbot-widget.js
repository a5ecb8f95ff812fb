// The chat button: loads the panel's pieces (the rating and survey forms it clones) and
// then its script the first time it is opened, or at once when the panel was open on the
// previous page of this tab (the conversation is kept in sessionStorage by chatbot-panel.js).
(function () {
  "use strict";
  var widget = document.querySelector("[data-chat-widget]");
  if (!widget) return;
  var button = widget.querySelector("[data-chat-open]");
  var loading = false;

  function withPanel(then, failed) {
    if (window.TweakmentsChat) {
      then();
      return;
    }
    if (loading) return;
    loading = true;
    function stop() {
      loading = false;
      failed();
    }
    fetch(widget.dataset.panelParts, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.statusText);
        return response.text();
      })
      .then(function (parts) {
        widget.insertAdjacentHTML("beforeend", parts);
        var script = document.createElement("script");
        script.src = widget.dataset.panelScript;
        script.onload = then;
        script.onerror = stop;
        document.head.appendChild(script);
      })
      .catch(stop);
  }

  button.setAttribute("role", "button");
  button.addEventListener("keydown", function (event) {
    if (event.key === " ") {
      event.preventDefault();
      button.click();
    }
  });
  button.addEventListener("click", function (event) {
    event.preventDefault();
    withPanel(
      function () { window.TweakmentsChat.toggle(); },
      function () { window.location.href = button.href; }
    );
  });

  // A control reached by Tab must not sit under this floating button (WCAG 2.2 "focus not
  // obscured"); the stylesheet's scroll-padding only helps when the page has to scroll.
  document.addEventListener("focusin", function (event) {
    if (widget.contains(event.target)) return;
    var over = button.getBoundingClientRect();
    var box = event.target.getBoundingClientRect();
    if (box.bottom > over.top && box.top < over.bottom && box.right > over.left && box.left < over.right) {
      window.scrollBy(0, box.bottom - over.top + 8);
    }
  });

  var saved = null;
  try {
    saved = JSON.parse(sessionStorage.getItem("tweakments-chat"));
  } catch (error) { /* storage off or unreadable: start afresh */ }
  if (saved && saved.open) {
    withPanel(function () { window.TweakmentsChat.reopen(); }, function () {});
  }
})();
