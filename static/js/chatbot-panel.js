// The chat panel, loaded by chatbot-widget.js when the visitor first opens it.
// Answers arrive as HTML the server built (everything the visitor typed is escaped there);
// the visitor's own question is shown with textContent.
(function () {
  "use strict";
  var widget = document.querySelector("[data-chat-widget]");
  var button = widget.querySelector("[data-chat-open]");
  var urls = widget.dataset;
  var STORE = "tweakments-chat-conversation";
  var REASONS = [["not_relevant", "Not relevant"], ["wrong", "Wrong or out of date"], ["vague", "Too vague"]];
  var SURVEY_INTRO = "Thank you for using The Tweakments Chatbot. We would like to know how was your experience with us today. Can you spare a minute to share your feedback?";
  var WHY = "In few words could you please tell us why, so we can improve your experience in the future.";
  var csrfToken = null;
  var conversation = sessionStorage.getItem(STORE);
  var surveyShown = false;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text) node.textContent = text;
    return node;
  }

  var panel = el("section", { id: "chat-panel", "class": "chat-panel", role: "dialog", "aria-labelledby": "chat-panel-heading", hidden: "" });
  var header = el("div", { "class": "chat-panel__header" });
  header.appendChild(el("h2", { id: "chat-panel-heading", "class": "chat-panel__heading" }, "Ask the Tweakments chatbot"));
  var close = el("button", { type: "button", "class": "chat-panel__close", "aria-label": "Close the chat" }, "×");
  header.appendChild(close);
  panel.appendChild(header);
  panel.appendChild(el("p", { "class": "chat-panel__intro" }, "Answers come from our own pages, with links. It's general information, not medical advice."));
  var log = el("div", { "class": "chat-panel__log", role: "log", "aria-live": "polite", "aria-label": "Conversation" });
  panel.appendChild(log);
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

  function token() {
    if (csrfToken) return Promise.resolve(csrfToken);
    return fetch(urls.csrfUrl, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (data) { csrfToken = data.csrf_token; return csrfToken; });
  }

  function post(url, body) {
    return token().then(function (value) {
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": value },
        body: JSON.stringify(body)
      });
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) throw new Error(data.error || "Something went wrong. Please try again.");
        return data;
      });
    });
  }

  function ratingControls(answerId) {
    var box = el("div", { "class": "chat-rating", role: "group", "aria-label": "Was this answer helpful?" });
    var up = el("button", { type: "button", "class": "btn btn-sm btn-outline-secondary", "aria-pressed": "false" }, "Helpful");
    var down = el("button", { type: "button", "class": "btn btn-sm btn-outline-secondary", "aria-pressed": "false", "aria-expanded": "false" }, "Not helpful");
    var reasons = el("div", { "class": "chat-rating__reasons", hidden: "" });
    reasons.appendChild(el("p", { "class": "chat-rating__legend" }, "Why not?"));
    var done = el("p", { "class": "chat-rating__done", role: "status" });
    function rate(rating, reason) {
      post(urls.feedbackUrl, { answer_id: answerId, rating: rating, reason: reason || "" })
        .then(function () {
          up.setAttribute("aria-pressed", String(rating === "up"));
          down.setAttribute("aria-pressed", String(rating === "down"));
          reasons.hidden = true;
          done.textContent = "Thanks for letting us know.";
        })
        .catch(function (error) { done.textContent = error.message; });
    }
    up.addEventListener("click", function () { rate("up"); });
    down.addEventListener("click", function () {
      reasons.hidden = !reasons.hidden;
      down.setAttribute("aria-expanded", String(!reasons.hidden));
      if (!reasons.hidden) reasons.querySelector("button").focus();
    });
    REASONS.forEach(function (pair) {
      var choice = el("button", { type: "button", "class": "btn btn-sm btn-outline-secondary" }, pair[1]);
      choice.addEventListener("click", function () { rate("down", pair[0]); });
      reasons.appendChild(choice);
    });
    box.appendChild(up);
    box.appendChild(down);
    box.appendChild(reasons);
    box.appendChild(done);
    return box;
  }

  function yesNo(name, legend) {
    var set = el("fieldset", { "class": "chat-survey__question" });
    set.appendChild(el("legend", { "class": "form-label" }, legend));
    ["yes", "no"].forEach(function (value) {
      var label = el("label", { "class": "chat-survey__choice" });
      label.appendChild(el("input", { type: "radio", name: name, value: value }));
      label.appendChild(document.createTextNode(" " + (value === "yes" ? "Yes" : "No")));
      set.appendChild(label);
    });
    return set;
  }

  function why(name, id) {
    var box = el("div", { "class": "chat-survey__question" });
    box.appendChild(el("label", { "for": id, "class": "form-label" }, WHY));
    box.appendChild(el("textarea", { id: id, name: name, "class": "form-control", rows: "2", maxlength: "500" }));
    return box;
  }

  function showSurvey() {
    if (surveyShown) return;
    surveyShown = true;
    var survey = el("form", { "class": "chat-survey", "aria-labelledby": "chat-survey-heading" });
    survey.appendChild(el("h3", { id: "chat-survey-heading", "class": "chat-survey__heading" }, "Your feedback"));
    survey.appendChild(el("p", {}, SURVEY_INTRO));
    var start = el("button", { type: "button", "class": "btn btn-sm btn-brand", "aria-expanded": "false" }, "Give feedback");
    var questions = el("div", { "class": "chat-survey__questions", hidden: "" });
    questions.appendChild(yesNo("helpful", "Was the chatbot helpful in finding what you were looking for today?"));
    questions.appendChild(why("helpful_why", "chat-survey-helpful-why"));
    questions.appendChild(yesNo("use_again", "Would you use the chatbot next time you visit the website?"));
    questions.appendChild(why("use_again_why", "chat-survey-use-again-why"));
    var rating = el("fieldset", { "class": "chat-survey__question" });
    rating.appendChild(el("legend", { "class": "form-label" }, "Overall, how would you rate your experience using The Tweakments chatbot."));
    ["1", "2", "3", "4", "5"].forEach(function (value) {
      var label = el("label", { "class": "chat-survey__choice" });
      label.appendChild(el("input", { type: "radio", name: "rating", value: value }));
      label.appendChild(document.createTextNode(" " + value));
      rating.appendChild(label);
    });
    questions.appendChild(rating);
    questions.appendChild(el("button", { type: "submit", "class": "btn btn-brand" }, "Send feedback"));
    var actions = el("div", { "class": "chat-survey__actions" });
    actions.appendChild(start);
    var skip = el("button", { type: "button", "class": "btn btn-sm btn-link" }, "Skip");
    actions.appendChild(skip);
    survey.appendChild(actions);
    survey.appendChild(questions);
    start.addEventListener("click", function () {
      questions.hidden = false;
      start.setAttribute("aria-expanded", "true");
      actions.hidden = true;
      questions.querySelector("input").focus();
    });
    function finish(body) {
      post(urls.surveyUrl, body).then(function (data) {
        var thanks = el("p", { "class": "chat-survey__thanks", role: "status" }, body.skip ? "" : data.thanks);
        survey.replaceWith(thanks);
      }).catch(function (error) { status.textContent = error.message; });
    }
    survey.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = { conversation: conversation };
      new FormData(survey).forEach(function (value, key) { data[key] = value; });
      finish(data);
    });
    skip.addEventListener("click", function () { finish({ conversation: conversation, skip: true }); });
    panel.insertBefore(survey, form.nextSibling);
  }

  function addAnswer(question, data) {
    var item = el("article", { "class": "chat-exchange" });
    item.appendChild(el("p", { "class": "chat-exchange__question" }, question));
    var answer = el("div", { "class": "chat-answer" + (data.urgent ? " chat-answer--urgent" : "") });
    answer.innerHTML = data.answer;
    item.appendChild(answer);
    item.appendChild(ratingControls(data.answer_id));
    log.appendChild(item);
    item.scrollIntoView({ block: "start" });
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
    var body = { question: question };
    if (conversation) body.conversation = conversation;
    post(urls.askUrl, body).then(function (data) {
      conversation = data.conversation;
      sessionStorage.setItem(STORE, conversation);
      addAnswer(question, data);
      input.value = "";
      status.textContent = "";
      showSurvey();
    }).catch(function (error) {
      status.textContent = error.message;
    }).then(function () {
      send.disabled = false;
      input.focus();
    });
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  function open() {
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    token().catch(function () {});
    input.focus();
  }

  function hide() {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }

  close.addEventListener("click", hide);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });

  window.TweakmentsChat = {
    toggle: function () { if (panel.hidden) open(); else hide(); }
  };
})();
