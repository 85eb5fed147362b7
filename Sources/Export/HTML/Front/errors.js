window.reportErrors = [];
window.addEventListener("error", function (event) {
  window.reportErrors.push(String(event.message) + " (" + event.lineno + ":" + event.colno + ")");
  document.documentElement.setAttribute("data-script-errors", String(window.reportErrors.length));
  var list = document.getElementById("script-errors");
  if (list) { var item = document.createElement("li"); item.textContent = window.reportErrors[window.reportErrors.length - 1]; list.appendChild(item); }
});
