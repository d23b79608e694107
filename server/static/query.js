// The query page: run SPARQL against /sparql, show a table, the time taken, downloads, errors in place.
(function () {
  "use strict";
  const layout = document.querySelector(".query-layout");
  const baseIri = layout.dataset.baseIri;
  const textarea = document.getElementById("query");
  const editor = window.CodeMirror
    ? window.CodeMirror.fromTextArea(textarea, { mode: "application/sparql-query", lineNumbers: true })
    : null;
  const getText = () => (editor ? editor.getValue() : textarea.value);
  const setText = (text) => (editor ? editor.setValue(text) : (textarea.value = text));

  function link(iri) {
    return iri.startsWith(baseIri) ? "/id/" + iri.slice(baseIri.length) : iri;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = link(term.value);
      a.textContent = term.value.startsWith(baseIri) ? term.value.slice(baseIri.length) : term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function table(data) {
    const results = document.getElementById("results");
    results.innerHTML = "";
    if (data.boolean !== undefined) {
      results.textContent = data.boolean ? "yes" : "no";
      return 1;
    }
    const vars = data.head.vars;
    const t = document.createElement("table");
    t.className = "results";
    const head = t.createTHead().insertRow();
    vars.forEach((v) => { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    const body = t.createTBody();
    data.results.bindings.forEach((row) => {
      const tr = body.insertRow();
      vars.forEach((v) => tr.appendChild(cell(row[v])));
    });
    results.appendChild(t);
    return data.results.bindings.length;
  }

  function downloads(query) {
    const box = document.getElementById("downloads");
    box.innerHTML = "Download: ";
    ["json", "xml", "csv", "tsv"].forEach((fmt, i) => {
      const a = document.createElement("a");
      a.href = "/sparql?format=" + fmt + "&query=" + encodeURIComponent(query);
      a.textContent = fmt.toUpperCase();
      a.setAttribute("download", "results." + fmt);
      if (i) box.appendChild(document.createTextNode(" · "));
      box.appendChild(a);
    });
  }

  function showError(error) {
    const box = document.getElementById("error");
    const where = error.line ? " (line " + error.line + ", column " + error.column + ")" : "";
    box.textContent = (error.title || "Error") + ": " + error.detail + where;
    box.hidden = false;
    document.getElementById("results").innerHTML = "";
    document.getElementById("downloads").innerHTML = "";
  }

  async function run(event) {
    if (event) event.preventDefault();
    const query = getText();
    const status = document.getElementById("status");
    document.getElementById("error").hidden = true;
    status.textContent = "Running…";
    const started = performance.now();
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
      body: new URLSearchParams({ query }),
    });
    const elapsed = Math.round(performance.now() - started);
    let data;
    try { data = await response.json(); } catch (e) { data = { error: { detail: "the answer was not JSON (is this a CONSTRUCT? use the downloads)" } }; }
    if (!response.ok || data.error) {
      status.textContent = "Failed after " + elapsed + " ms";
      showError(data.error || { detail: response.statusText });
      return;
    }
    const rows = table(data);
    status.textContent = rows + " row" + (rows === 1 ? "" : "s") + " in " + elapsed + " ms";
    downloads(query);
  }

  document.getElementById("query-form").addEventListener("submit", run);
  document.querySelectorAll("button.example").forEach((button) =>
    button.addEventListener("click", () => { setText(button.dataset.query); run(); }));
})();
