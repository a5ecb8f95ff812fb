// Video pages: chapters seek the player, a captions button, and YouTube loaded only on a
// click, as are YouTube and Vimeo videos in articles. Without this file the native controls
// play the video, chapter links still go to the right moment (a #t= media fragment, or
// YouTube's own start time) and a play button links to the video on its host.
(function () {
  "use strict";

  function secondsFromHash() {
    var match = /^#t=(\d+)$/.exec(window.location.hash);
    return match ? parseInt(match[1], 10) : 0;
  }

  function markChapter(links, seconds) {
    var current = null;
    links.forEach(function (link) {
      if (parseInt(link.dataset.seek, 10) <= seconds) current = link;
    });
    links.forEach(function (link) {
      if (link === current) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
  }

  function setUpOwnPlayer(video, links) {
    var start = parseInt(video.dataset.start, 10) || secondsFromHash();
    if (start) video.currentTime = start;
    links.forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var seconds = parseInt(link.dataset.seek, 10);
        video.currentTime = seconds;
        video.play();
        video.scrollIntoView({ block: "nearest" });
        history.replaceState(null, "", "#t=" + seconds);
        markChapter(links, seconds);
      });
    });
    video.addEventListener("timeupdate", function () {
      markChapter(links, video.currentTime);
    });

    var toggle = document.querySelector("[data-captions-toggle]");
    var track = video.textTracks[0];
    if (!toggle || !track) return;
    toggle.hidden = false;
    function showState() {
      toggle.setAttribute("aria-pressed", track.mode === "showing" ? "true" : "false");
    }
    toggle.addEventListener("click", function () {
      track.mode = track.mode === "showing" ? "hidden" : "showing";
      showState();
    });
    // The native controls can switch captions too; keep the button honest.
    video.textTracks.addEventListener("change", showState);
    showState();
  }

  // A YouTube or Vimeo player (a video page's, or a video in an article), put in place of
  // our own poster only when the reader presses play.
  function setUpEmbeddedPlayer(frame, links) {
    function load(seconds) {
      var url = frame.dataset.embedUrl;
      if (seconds) url += "&start=" + seconds;
      var iframe = frame.querySelector("iframe");
      if (!iframe) {
        iframe = document.createElement("iframe");
        iframe.className = "video-player__iframe";
        iframe.title = frame.dataset.title;
        iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
        iframe.allowFullscreen = true;
        iframe.referrerPolicy = "strict-origin-when-cross-origin";
        frame.replaceChildren(iframe);
      }
      iframe.src = url;
      iframe.focus();
      frame.scrollIntoView({ block: "nearest" });
    }
    frame.querySelector("[data-embed-play]").addEventListener("click", function (event) {
      event.preventDefault();
      load(parseInt(frame.dataset.start, 10) || secondsFromHash());
    });
    links.forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        load(parseInt(link.dataset.seek, 10));
        markChapter(links, parseInt(link.dataset.seek, 10));
      });
    });
  }

  var links = Array.prototype.slice.call(document.querySelectorAll("[data-chapters] [data-seek]"));
  var video = document.querySelector("[data-video-player]");
  if (video) setUpOwnPlayer(video, links);
  document.querySelectorAll("[data-embed-player]").forEach(function (frame) {
    setUpEmbeddedPlayer(frame, links);
  });
})();
