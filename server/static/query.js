// The query page: run SPARQL against /sparql, show a table (or the graph), the time taken, downloads,
// and the endpoint's JSON error message in place. Works with a plain textarea when CodeMirror is missing.
(function () {
  "use strict";
  const layout = document.querySelector(".query-layout");
  const baseIri = layout.dataset.baseIri;
  const ontologyNs = layout.dataset.ontologyNamespace;
  const textarea = document.getElementById("query");
  const editor = window.CodeMirror
    ? window.CodeMirror.fromTextArea(textarea, {
        mode: "application/sparql-query", lineNumbers: true, matchBrackets: true, viewportMargin: Infinity,
        extraKeys: { "Ctrl-Enter": () => run(), "Cmd-Enter": () => run() },
      })
    : null;
  const getText = () => (editor ? editor.getValue() : textarea.value);
  const setText = (text) => (editor ? editor.setValue(text) : (textarea.value = text));
  const RESULT_FORMATS = ["json", "xml", "csv", "tsv"];
  const GRAPH_FORMATS = ["turtle", "ntriples", "jsonld", "rdfxml"];

  // Our individuals open their page, ontology terms their documentation, other web IRIs themselves.
  function link(iri) {
    if (iri.startsWith(baseIri)) return "/id/" + iri.slice(baseIri.length);
    if (iri.startsWith(ontologyNs)) return "/ontology#" + iri.slice(ontologyNs.length);
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function shortName(iri) {
    if (iri.startsWith(baseIri)) return iri.slice(baseIri.length);
    if (iri.startsWith(ontologyNs)) return "cdo:" + iri.slice(ontologyNs.length);
    return iri;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    const href = term.type === "uri" ? link(term.value) : null;
    if (href) {
      const a = document.createElement("a");
      a.href = href;
      a.title = term.value;
      a.textContent = shortName(term.value);
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.lang = term["xml:lang"];
    }
    return td;
  }

  function showTable(data) {
    const results = document.getElementById("results");
    results.innerHTML = "";
    if (data.boolean !== undefined) {
      const p = document.createElement("p");
      p.className = "boolean";
      p.textContent = data.boolean ? "Yes (true)" : "No (false)";
      results.appendChild(p);
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

  function showGraph(text) {
    const results = document.getElementById("results");
    results.innerHTML = "";
    const pre = document.createElement("pre");
    pre.className = "graph";
    pre.textContent = text;
    results.appendChild(pre);
  }

  function downloads(query, formats) {
    const box = document.getElementById("downloads");
    box.textContent = "Download: ";
    formats.forEach((fmt, i) => {
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
    box.innerHTML = "";
    const title = document.createElement("strong");
    title.textContent = error.title || "Error";
    const where = error.line ? " (line " + error.line + ", column " + error.column + ")" : "";
    box.append(title, document.createTextNode(where + ": " + (error.detail || "the query failed")));
    box.hidden = false;
    document.getElementById("results").innerHTML = "";
    document.getElementById("downloads").textContent = "";
  }

  async function errorOf(response) {
    try { return (await response.json()).error || { detail: response.statusText }; }
    catch (e) { return { title: String(response.status), detail: response.statusText || "the server did not answer" }; }
  }

  async function fetchAnswer(query) {
    return fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: new URLSearchParams({ query }),
    });
  }

  async function show(response, query) {
    const truncated = response.headers.get("X-Cdkg-Truncated") === "true" ? " (cut at the row cap)" : "";
    if ((response.headers.get("Content-Type") || "").startsWith("text/turtle")) {
      showGraph(await response.text());
      downloads(query, GRAPH_FORMATS);
      return "graph" + truncated;
    }
    const rows = showTable(await response.json());
    downloads(query, RESULT_FORMATS);
    return rows + " row" + (rows === 1 ? "" : "s") + truncated;
  }

  async function run(event) {
    if (event) event.preventDefault();
    const query = getText();
    const status = document.getElementById("status");
    document.getElementById("error").hidden = true;
    status.textContent = "Running…";
    const started = performance.now();
    let response;
    try { response = await fetchAnswer(query); }
    catch (e) { status.textContent = ""; showError({ title: "Network error", detail: String(e) }); return; }
    const elapsed = () => Math.round(performance.now() - started) + " ms";
    if (!response.ok) {
      const error = await errorOf(response);
      status.textContent = "Failed after " + elapsed();
      showError(error);
      return;
    }
    const what = await show(response, query);
    status.textContent = what + " in " + elapsed();
  }

  function choose(button) {
    document.querySelectorAll("button.example").forEach((b) => b.classList.toggle("active", b === button));
    setText(button.dataset.query);
    history.replaceState(null, "", "#" + button.dataset.name);
    run();
  }

  document.getElementById("query-form").addEventListener("submit", run);
  document.querySelectorAll("button.example").forEach((button) => button.addEventListener("click", () => choose(button)));
  const named = location.hash && document.querySelector("button.example[data-name='" + CSS.escape(location.hash.slice(1)) + "']");
  if (named) choose(named);
})();
