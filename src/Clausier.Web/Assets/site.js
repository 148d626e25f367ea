// Progressive enhancement only: every action also works without this script.
(function () {
  "use strict";

  // "Ajouter un lot" adds a row in place instead of posting the form.
  function enhanceLots() {
    var button = document.querySelector("[data-add-lot]");
    var rows = document.querySelector("[data-lot-rows]");
    var template = document.getElementById("lot-template");
    if (!button || !rows || !template) {
      return;
    }
    button.addEventListener("click", function (event) {
      event.preventDefault();
      var index = rows.querySelectorAll(".lot-row").length;
      var html = template.innerHTML.split("__i__").join(String(index)).split("__n__").join(String(index + 1));
      var holder = document.createElement("div");
      holder.innerHTML = html;
      var row = holder.firstElementChild;
      rows.appendChild(row);
      var title = row.querySelector("input[name$='.Title']");
      if (title) {
        title.focus();
      }
    });
  }

  // The drop zone hands dropped files to the ordinary file input, and lists what was chosen.
  function enhanceDropzone() {
    var zone = document.querySelector("[data-dropzone]");
    if (!zone) {
      return;
    }
    var input = zone.querySelector("input[type=file]");
    var list = zone.querySelector("[data-file-list]");
    function show() {
      var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
      list.textContent = names.length === 0 ? "" : names.length + " fichier(s) choisi(s) : " + names.join(", ");
    }
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add("dragging");
      });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("dragging"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
        show();
      }
    });
    input.addEventListener("change", show);
  }

  // Buttons that destroy input ("Retirer" a lot) ask first.
  function confirmDestructive() {
    document.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("[data-confirm]") : null;
      if (button && !window.confirm(button.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  }

  var openKey = "clausier-open:" + location.pathname;
  var draftKey = "clausier-draft";

  // Every post reloads the page: the sections the buyer had open are opened again, and the page shows
  // the place named in the button's address (#titre-exigences…) once they are.
  function keepOpenSections() {
    document.addEventListener("submit", function () {
      var open = Array.prototype.map.call(document.querySelectorAll("details[id][open]"), function (d) { return d.id; });
      try { sessionStorage.setItem(openKey, JSON.stringify(open)); } catch (e) { /* storage off: sections start closed */ }
    });
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(openKey) || "null"); sessionStorage.removeItem(openKey); } catch (e) { saved = null; }
    if (saved) {
      saved.forEach(function (id) {
        var details = document.getElementById(id);
        if (details && details.tagName === "DETAILS") {
          details.open = true;
        }
      });
    }
    if (location.hash.length > 1) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) {
        target.scrollIntoView();
      }
    }
  }

  // What a form posts is kept in the tab's storage until the next page: when the server was restarted
  // meanwhile, its token is no longer valid, and the error page posts the same fields again with a
  // fresh one, so nothing typed is lost. Files cannot be kept: upload forms are left out.
  function keepDrafts() {
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (!form.method || form.method.toLowerCase() !== "post" || form.enctype === "multipart/form-data" || form.hasAttribute("data-resubmit")) {
        return;
      }
      var submitter = event.submitter || null;
      var data = submitter ? new FormData(form, submitter) : new FormData(form);
      var fields = [];
      data.forEach(function (value, name) {
        if (typeof value === "string" && name !== "__jeton") {
          fields.push([name, value]);
        }
      });
      var action = submitter && submitter.hasAttribute("formaction") ? submitter.formAction : form.action;
      try { sessionStorage.setItem(draftKey, JSON.stringify({ action: action, fields: fields, resent: false })); } catch (e) { /* storage off */ }
    });

    var resubmit = document.querySelector("form[data-resubmit]");
    var draft = null;
    try { draft = JSON.parse(sessionStorage.getItem(draftKey) || "null"); } catch (e) { draft = null; }
    if (!resubmit) {
      try { sessionStorage.removeItem(draftKey); } catch (e) { /* nothing kept */ }
      return;
    }
    if (!draft || draft.resent || new URL(draft.action, location.href).origin !== location.origin) {
      return;
    }
    draft.resent = true;
    try { sessionStorage.setItem(draftKey, JSON.stringify(draft)); } catch (e) { return; }
    draft.fields.forEach(function (pair) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = pair[0];
      input.value = pair[1];
      resubmit.appendChild(input);
    });
    resubmit.action = draft.action;
    var notice = document.querySelector("[data-resubmit-notice]");
    if (notice) {
      notice.hidden = false;
    }
    resubmit.submit();
  }

  // A filter box above a long list of points: hides the items whose text lacks every typed word.
  function enhanceListFilters() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-list-filter]"), function (box) {
      var input = box.querySelector("[data-filter-input]");
      var count = box.querySelector("[data-filter-count]");
      var list = box.parentElement.querySelector("[data-filter-list]");
      if (!input || !list) {
        return;
      }
      box.hidden = false;
      function fold(text) {
        return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      }
      input.addEventListener("input", function () {
        var words = fold(input.value).split(/\s+/).filter(function (w) { return w.length > 0; });
        var shown = 0;
        Array.prototype.forEach.call(list.children, function (item) {
          var text = fold(item.textContent);
          var visible = words.every(function (w) { return text.indexOf(w) >= 0; });
          item.hidden = !visible;
          shown += visible ? 1 : 0;
        });
        count.textContent = words.length === 0 ? "" : shown + " point(s) sur " + list.children.length;
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhanceLots();
    enhanceDropzone();
    confirmDestructive();
    keepOpenSections();
    keepDrafts();
    enhanceListFilters();
  });
})();
