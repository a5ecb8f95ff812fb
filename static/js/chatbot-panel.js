// The chat panel, loaded by chatbot-widget.js.
// Answers arrive as HTML the server built (everything the visitor typed is escaped there);
// the visitor's own question is shown with textContent. The conversation (questions,
// answers, ratings, whether the panel is open) is kept in sessionStorage, so it survives
// reloads and moves between pages of this tab; no cookie is set.
// Wide screens dock the panel beside the page, which makes room for it; narrow ones give
// it the screen above the launcher until it is closed.
(function () {
  "use strict";
  var widget = document.querySelector("[data-chat-widget]");
  var button = widget.querySelector("[data-chat-open]");
  var urls = widget.dataset;
  var STORE = "tweakments-chat";
  var KEEP = 30; // exchanges kept in the tab
  var SURVEY_AFTER = 3; // exchanges before the survey is offered without closing
  var OPEN_LABEL = button.textContent;
  var CLOSE_LABEL = "Close the chatbot";
  var narrow = window.matchMedia("(max-width: 991.98px)");
  var root = document.documentElement;
  var state = restore();
  var survey = null;

  function restore() {
    var saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(STORE));
    } catch (error) { /* storage off or unreadable */ }
    saved = saved && typeof saved === "object" ? saved : {};
    saved.exchanges = Array.isArray(saved.exchanges) ? saved.exchanges : [];
    return saved;
  }

  function save() {
    state.exchanges = state.exchanges.slice(-KEEP);
    try {
      sessionStorage.setItem(STORE, JSON.stringify(state));
    } catch (error) { /* storage full or off: the conversation lasts this page */ }
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function clone(selector) {
    return widget.querySelector(selector).content.firstElementChild.cloneNode(true);
  }

  var panel = el("section", { id: "chat-panel", "class": "chat-panel", role: "dialog", "aria-labelledby": "chat-panel-heading", hidden: "" });
  var header = el("div", { "class": "chat-panel__header" });
  header.appendChild(el("h2", { id: "chat-panel-heading", "class": "chat-panel__heading" }, "Ask the Tweakments chatbot"));
  var closeButton = el("button", { type: "button", "class": "chat-panel__close", "aria-label": "Close" }, "×");
  header.appendChild(closeButton);
  panel.appendChild(header);
  var body = el("div", { "class": "chat-panel__body" });
  body.appendChild(el("p", { "class": "chat-panel__intro" }, "Answers come from our own pages, with links. It's general information, not medical advice."));
  var log = el("div", { "class": "chat-panel__log" });
  body.appendChild(log);
  panel.appendChild(body);
  var form = el("form", { "class": "chat-panel__form", novalidate: "" });
  form.appendChild(el("label", { "for": "chat-panel-question", "class": "form-label" }, "Your question for the chatbot"));
  var input = el("textarea", { id: "chat-panel-question", "class": "form-control", rows: "2", maxlength: "500", "aria-describedby": "chat-panel-status" });
  form.appendChild(input);
  var status = el("p", { id: "chat-panel-status", "class": "chat-panel__status", role: "status" });
  form.appendChild(status);
  var send = el("button", { type: "submit", "class": "btn btn-brand" }, "Ask");
  form.appendChild(send);
  panel.appendChild(form);
  widget.appendChild(panel);

  function post(url, data) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(data)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (reply) {
        if (!response.ok) throw new Error(reply.error || "Something went wrong. Please try again.");
        return reply;
      });
    });
  }

  // Scroll the panel (never the page) so that `node` starts at its top.
  function showStart(node) {
    body.scrollTop = Math.max(0, node.offsetTop - 8);
  }

  // The rating forms, as /chat/ has them without JavaScript, sent as JSON here.
  function ratingControls(item) {
    var box = clone("[data-chat-rating-template]");
    var done = box.querySelector(".chat-rating__done");
    box.querySelectorAll("input[name=answer_id]").forEach(function (field) { field.value = item.id; });
    function mark(pressed) {
      box.querySelectorAll("button").forEach(function (choice) {
        var on = choice.name === "rating" ? pressed.rating === "up" : choice.value === pressed.reason;
        choice.setAttribute("aria-pressed", String(on));
      });
      done.textContent = "Thanks: you rated this answer " + pressed.label + ".";
    }
    if (item.rating) mark(item.rating);
    box.querySelectorAll("form").forEach(function (ratingForm) {
      ratingForm.addEventListener("submit", function (event) {
        event.preventDefault();
        var choice = event.submitter;
        var pressed = choice.name === "reason"
          ? { rating: "down", reason: choice.value, label: "not helpful (" + choice.textContent.toLowerCase() + ")" }
          : { rating: "up", reason: "", label: "helpful" };
        post(urls.feedbackUrl, { answer_id: item.id, rating: pressed.rating, reason: pressed.reason })
          .then(function () {
            item.rating = pressed;
            save();
            mark(pressed);
          })
          .catch(function (error) { done.textContent = error.message; });
      });
    });
    return box;
  }

  function render(item) {
    var node = el("article", { "class": "chat-exchange" });
    var question = el("p", { "class": "chat-exchange__question" });
    question.appendChild(el("span", { "class": "visually-hidden" }, "You asked: "));
    question.appendChild(document.createTextNode(item.question));
    node.appendChild(question);
    var answer = el("div", { "class": "chat-answer" + (item.urgent ? " chat-answer--urgent" : ""), tabindex: "-1" });
    answer.innerHTML = item.answer;
    node.appendChild(answer);
    node.appendChild(ratingControls(item));
    log.appendChild(node);
    return node;
  }

  function wantsSurvey() {
    return state.conversation && state.exchanges.length && !state.surveyDone && !survey;
  }

  // The after-chat survey, offered when the visitor closes the panel or after a few
  // questions; the same form as /chat/ has, sent as JSON.
  function showSurvey(focus) {
    survey = clone("[data-chat-survey-template]");
    var surveyForm = survey.querySelector("form");
    surveyForm.querySelector("[name=conversation]").value = state.conversation;
    surveyForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = {};
      new FormData(surveyForm).forEach(function (value, name) { data[name] = value; });
      if (event.submitter && event.submitter.name === "skip") data = { conversation: state.conversation, skip: true };
      post(urls.surveyUrl, data).then(function (reply) {
        state.surveyDone = true;
        save();
        var thanks = el("p", { "class": "chat-survey__thanks", role: "status", tabindex: "-1" }, data.skip ? "" : reply.thanks);
        survey.replaceWith(thanks);
        if (data.skip) input.focus(); else thanks.focus();
      }).catch(function (error) { status.textContent = error.message; });
    });
    body.appendChild(survey);
    state.surveyOffered = true;
    save();
    if (focus) {
      showStart(survey);
      survey.querySelector("h2").focus({ preventScroll: true });
    }
  }

  function answered(question, reply) {
    state.conversation = reply.conversation;
    var item = { question: question, answer: reply.answer, id: reply.answer_id, urgent: reply.urgent };
    state.exchanges.push(item);
    save();
    var node = render(item);
    showStart(node);
    // Screen readers read the answer from its start; the question stays above it.
    node.querySelector(".chat-answer").focus({ preventScroll: true });
    if (wantsSurvey() && state.exchanges.length >= SURVEY_AFTER) showSurvey(false);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question) {
      status.textContent = "Please type a question.";
      input.focus();
      return;
    }
    send.disabled = true;
    status.textContent = "Looking that up…";
    var data = { question: question };
    if (state.conversation) data.conversation = state.conversation;
    post(urls.askUrl, data).then(function (reply) {
      input.value = "";
      status.textContent = "";
      answered(question, reply);
    }).catch(function (error) {
      status.textContent = error.message;
      input.focus();
    }).then(function () {
      send.disabled = false;
    });
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  function setOpen(open) {
    panel.hidden = !open;
    root.classList.toggle("chat-open", open);
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? CLOSE_LABEL : OPEN_LABEL;
    state.open = open;
    save();
  }

  function open(focus) {
    setOpen(true);
    var last = log.lastElementChild;
    if (last) showStart(last);
    if (focus) input.focus({ preventScroll: true });
  }

  function hide() {
    setOpen(false);
    button.focus();
  }

  // Closing after a conversation offers the survey first (once); closing again closes.
  function closePanel() {
    if (wantsSurvey() && !state.surveyOffered) showSurvey(true);
    else hide();
  }

  closeButton.addEventListener("click", closePanel);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closePanel();
  });
  // On a narrow screen a link the visitor follows is what they want to read next: the
  // panel stays closed on that page (a wide screen keeps it beside the page).
  body.addEventListener("click", function (event) {
    if (event.target.closest("a") && narrow.matches) {
      state.open = false;
      save();
    }
  });

  state.exchanges.forEach(render);
  if (state.surveyOffered && wantsSurvey()) showSurvey(false);

  window.TweakmentsChat = {
    toggle: function () {
      if (panel.hidden) open(true);
      else closePanel();
    },
    reopen: function () { open(false); }
  };
})();
