// Mailing-list signup without a page load. Without this file the form posts to
// /newsletter/ and the reader sees the answer (or their errors) there.
(function () {
  "use strict";

  function announce(box, html) {
    var status = box.querySelector("[data-newsletter-status]");
    status.innerHTML = html;
  }

  function submitInPlace(event) {
    var form = event.target.closest("[data-newsletter-form]");
    if (!form) return;
    event.preventDefault();
    var box = form.closest("[data-newsletter-signup]");
    var body = box.querySelector("[data-newsletter-body]");
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    announce(box, "");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    })
      .then(function (response) {
        if (response.status === 429) {
          button.disabled = false;
          announce(box, "<p>We've had several sign-ups from your connection. Please try again in an hour.</p>");
          return null;
        }
        if (!response.ok && response.status !== 400) throw new Error(response.statusText);
        return response.text();
      })
      .then(function (html) {
        if (html === null) return;
        var fragment = document.createElement("div");
        fragment.innerHTML = html;
        if (fragment.querySelector("[data-newsletter-done]")) {
          body.innerHTML = "";
          announce(box, html);
          // The form was taller than the message, so the message may now sit above the
          // screen: bring it into view and move focus to it (focus left with the button).
          var done = box.querySelector("[data-newsletter-done]");
          done.setAttribute("tabindex", "-1");
          done.focus({ preventScroll: true });
          done.scrollIntoView({ block: "center" });
          return;
        }
        body.innerHTML = html;
        announce(box, "<p>Please check the highlighted fields.</p>");
        var invalid = body.querySelector(".is-invalid");
        if (invalid) invalid.focus();
      })
      .catch(function () {
        // Network trouble: fall back to an ordinary submission.
        form.submit();
      });
  }

  document.addEventListener("submit", submitInPlace);
})();
