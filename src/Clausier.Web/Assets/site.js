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

  document.addEventListener("DOMContentLoaded", function () {
    enhanceLots();
    enhanceDropzone();
  });
})();
