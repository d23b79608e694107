// The query page: run SPARQL against /sparql, show a table (or the graph), the time taken, downloads,
// and the endpoint's error in one line with its place marked in the editor. Answers that carry evidence
// show the quoted sentence and its source; tables sort by column and filter by year, region and status.
// Works with a plain textarea when CodeMirror is missing.
(function () {
  "use strict";
  const layout = document.querySelector(".query-layout");
  const baseIri = layout.dataset.baseIri;
  const ontologyNs = layout.dataset.ontologyNamespace;
  const terms = JSON.parse(document.getElementById("terms").textContent || "{}");
  const anchors = JSON.parse(document.getElementById("anchors").textContent || "{}");
  const textarea = document.getElementById("query");
  const editor = window.CodeMirror
    ? window.CodeMirror.fromTextArea(textarea, {
        mode: "application/sparql-query", lineNumbers: true, matchBrackets: true, viewportMargin: Infinity,
        lineWrapping: true, extraKeys: { "Ctrl-Enter": () => run(), "Cmd-Enter": () => run() },
      })
    : null;
  const getText = () => (editor ? editor.getValue() : textarea.value);
  const setText = (text) => (editor ? editor.setValue(text) : (textarea.value = text));
  const RESULT_FORMATS = ["csv", "tsv", "json", "xml"];
  const GRAPH_FORMATS = ["turtle", "ntriples", "jsonld", "rdfxml"];
  const EXTENSIONS = { turtle: "ttl", ntriples: "nt", jsonld: "jsonld", rdfxml: "rdf", xml: "xml", json: "json", csv: "csv", tsv: "tsv" };
  const YEAR = /^(1[89]|2\d)\d\d(\b|-)/;
  let current = null; // { vars, rows, columns } of the table on screen
  let errorMarks = [];

  const whoTopics = new Set((layout.dataset.whoTopics || "").split(" ").filter(Boolean));
  const WHO_KINDS = /^(resolution|incident)\/([a-z0-9][a-z0-9-]*)$/;

  // Resolutions, incidents and topics open who did what; our other individuals their page, ontology
  // terms their documentation, other web IRIs themselves.
  function link(iri) {
    const local = iri.startsWith(baseIri) ? iri.slice(baseIri.length).match(WHO_KINDS) : null;
    if (local) return "/who/" + local[1] + "/" + local[2];
    if (iri.startsWith(ontologyNs) && whoTopics.has(iri.slice(ontologyNs.length))) return "/who/topic/" + iri.slice(ontologyNs.length);
    if (iri.startsWith(baseIri)) return "/id/" + iri.slice(baseIri.length);
    if (iri.startsWith(ontologyNs)) return "/ontology#" + (anchors[iri] || iri.slice(ontologyNs.length));
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function shortName(iri) {
    if (terms[iri]) return terms[iri];
    if (iri.startsWith(baseIri)) return iri.slice(baseIri.length);
    if (iri.startsWith(ontologyNs)) return iri.slice(ontologyNs.length).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    return iri;
  }

  // "stateLabel" → "State", "counterpart_year" → "Counterpart year".
  function heading(name) {
    const words = name.replace(/Label$/, "").replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  // A column per variable, except that ?x and ?xLabel become one column: the label, linked to x.
  function columnsOf(vars) {
    const set = new Set(vars);
    return vars.filter((v) => !(v.endsWith("Label") && set.has(v.slice(0, -5))))
      .map((v) => ({ name: v, label: set.has(v + "Label") ? v + "Label" : null, title: heading(v) }));
  }

  function plain(term) { return term ? (term.type === "uri" ? shortName(term.value) : term.value) : ""; }

  function cell(row, column) {
    const td = document.createElement("td");
    const term = row[column.name];
    if (!term) { if (column.label && row[column.label]) td.textContent = row[column.label].value; return td; }
    const href = term.type === "uri" ? link(term.value) : null;
    const text = column.label && row[column.label] ? row[column.label].value : plain(term);
    if (href) {
      const a = document.createElement("a");
      a.href = href;
      a.title = term.value;
      a.textContent = text;
      td.appendChild(a);
      if (term.type === "uri") td.dataset.iri = term.value;
    } else {
      td.textContent = text;
      if (term["xml:lang"]) td.lang = term["xml:lang"];
    }
    td.dataset.sort = text;
    return td;
  }

  function render() {
    const results = document.getElementById("results");
    results.innerHTML = "";
    const t = document.createElement("table");
    t.className = "results";
    const head = t.createTHead().insertRow();
    current.columns.forEach((column, index) => {
      const th = document.createElement("th");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = column.title;
      button.title = "sort by " + column.title.toLowerCase() + " (?" + column.name + ")";
      button.addEventListener("click", () => sortBy(index));
      th.appendChild(button);
      if (current.sort && current.sort.index === index) th.setAttribute("aria-sort", current.sort.up ? "ascending" : "descending");
      head.appendChild(th);
    });
    const body = t.createTBody();
    visibleRows().forEach((row) => {
      const tr = body.insertRow();
      current.columns.forEach((column) => tr.appendChild(cell(row, column)));
    });
    const box = document.createElement("div");
    box.className = "table-scroll";
    box.appendChild(t);
    results.appendChild(box);
    showCitations(t);
    return body.rows.length;
  }

  function sortBy(index) {
    const up = !(current.sort && current.sort.index === index && current.sort.up);
    current.sort = { index, up };
    const column = current.columns[index];
    const key = (row) => plain(row[column.label || column.name] || row[column.name]);
    current.rows.sort((a, b) => {
      const x = key(a), y = key(b);
      const n = parseFloat(x) - parseFloat(y);
      const order = !isNaN(n) && n !== 0 ? n : x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
      return up ? order : -order;
    });
    render();
  }

  // Filters: a year range over year-like columns, a region over state IRIs, a status over status columns.
  function yearColumns() {
    return current.vars.filter((v) => current.rows.some((r) => r[v] && r[v].type !== "uri" && YEAR.test(r[v].value)));
  }

  function statusColumns() {
    return current.vars.filter((v) => /status/i.test(v));
  }

  function stateIris(row) {
    return current.vars.map((v) => row[v]).filter((t) => t && t.type === "uri" && t.value.startsWith(baseIri + "state/")).map((t) => t.value);
  }

  function visibleRows() {
    const f = current.filters;
    return current.rows.filter((row) => {
      const years = yearColumns().map((v) => row[v] && parseInt(row[v].value, 10)).filter((y) => !isNaN(y));
      if (f.from && years.length && years.every((y) => y < f.from)) return false;
      if (f.to && years.length && years.every((y) => y > f.to)) return false;
      if ((f.from || f.to) && !years.length) return false;
      if (f.status && !statusColumns().some((v) => plain(row[v]) === f.status)) return false;
      if (f.region && current.regions && !stateIris(row).some((iri) => current.regions[iri] === f.region)) return false;
      return true;
    });
  }

  function select(label, values, onChange) {
    const wrap = document.createElement("label");
    wrap.textContent = label + " ";
    const s = document.createElement("select");
    [["", "all"]].concat(values.map((v) => [v, v])).forEach(([value, text]) => {
      const o = document.createElement("option");
      o.value = value;
      o.textContent = text;
      s.appendChild(o);
    });
    s.addEventListener("change", () => onChange(s.value));
    wrap.appendChild(s);
    return wrap;
  }

  function yearInput(label, onChange) {
    const wrap = document.createElement("label");
    wrap.textContent = label + " ";
    const input = document.createElement("input");
    input.type = "number";
    input.min = "1900";
    input.max = "2100";
    input.inputMode = "numeric";
    input.className = "year";
    input.addEventListener("input", () => onChange(parseInt(input.value, 10) || null));
    wrap.appendChild(input);
    return wrap;
  }

  function refilter() { const n = render(); document.getElementById("status").textContent = current.summary(n); }

  async function showFilters() {
    const box = document.getElementById("filters");
    box.innerHTML = "";
    if (current.rows.length < 2) { box.hidden = true; return; }
    if (yearColumns().length) {
      box.appendChild(yearInput("Years from", (y) => { current.filters.from = y; refilter(); }));
      box.appendChild(yearInput("to", (y) => { current.filters.to = y; refilter(); }));
    }
    const statuses = [...new Set(current.rows.flatMap((r) => statusColumns().map((v) => plain(r[v])).filter(Boolean)))].sort();
    if (statuses.length > 1) box.appendChild(select("Status", statuses, (v) => { current.filters.status = v; refilter(); }));
    box.hidden = !box.children.length;
    if (current.rows.some((r) => stateIris(r).length)) {
      const mine = current;
      const regions = await (await fetch("/regions.json")).json();
      if (mine !== current) return;
      current.regions = regions;
      const names = [...new Set(current.rows.flatMap((r) => stateIris(r).map((iri) => regions[iri]).filter(Boolean)))].sort();
      if (names.length > 1) { box.appendChild(select("Region", names, (v) => { current.filters.region = v; refilter(); })); box.hidden = false; }
    }
  }

  // Evidence: cells whose IRI is an evidence node show its sentence and a link to it in its document.
  async function showCitations(table) {
    const cells = [...table.querySelectorAll("td[data-iri]")].filter((td) => td.dataset.iri.startsWith(baseIri));
    const iris = [...new Set(cells.map((td) => td.dataset.iri))];
    if (!iris.length) return;
    if (!current.citations) {
      const response = await fetch("/citations", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ iris }) });
      current.citations = response.ok ? await response.json() : {};
    }
    cells.forEach((td) => {
      const c = current.citations[td.dataset.iri];
      if (!c) return;
      td.innerHTML = "";
      td.className = "cited";
      const q = document.createElement("q");
      q.textContent = c.quote;
      td.appendChild(q);
      const source = document.createElement("a");
      source.className = "source";
      source.href = c.page || link(td.dataset.iri);
      source.textContent = c.title || "the source";
      td.append(" ", source);
    });
    const heads = table.tHead.rows[0].cells;
    current.columns.forEach((column, i) => {
      if (cells.some((td) => td.cellIndex === i && current.citations[td.dataset.iri]) && /^evidence$/i.test(column.title)) {
        heads[i].querySelector("button").textContent = "Evidence (quote and source)";
      }
    });
  }

  function showGraph(text) {
    const results = document.getElementById("results");
    results.innerHTML = "";
    const pre = document.createElement("pre");
    pre.className = "graph";
    pre.textContent = text;
    results.appendChild(pre);
  }

  function catalogueName(query) {
    const active = document.querySelector("button.example.active");
    return active && active.dataset.query === query ? active.dataset.name : null;
  }

  function downloadLink(fmt, query, name) {
    const day = new Date().toISOString().slice(0, 10);
    const a = document.createElement("a");
    a.textContent = fmt.toUpperCase();
    if (["csv", "tsv", "json"].includes(fmt)) {
      a.href = name ? "/download/" + name + "." + fmt : "/download." + fmt + "?query=" + encodeURIComponent(query);
      a.title = "plain values, with the quote and source of each row's evidence";
    } else {
      a.href = name ? "/queries/" + name + "?format=" + fmt : "/sparql?format=" + fmt + "&query=" + encodeURIComponent(query);
      a.setAttribute("download", (name || "query") + "-" + day + "." + EXTENSIONS[fmt]);
    }
    return a;
  }

  function downloads(query, formats) {
    const box = document.getElementById("downloads");
    box.textContent = "Download: ";
    const name = catalogueName(query);
    formats.forEach((fmt, i) => {
      if (i) box.appendChild(document.createTextNode(" · "));
      box.appendChild(downloadLink(fmt, query, name));
    });
  }

  // The parser's list of expected tokens in words: character ranges become "a name" or "a number".
  function expectedWords(list) {
    const group = /\[[^\]]*(\]|$)/g;
    const ranges = (list.match(group) || []).join(" ");
    const items = list.replace(group, "").split(/,\s*/)
      .map((item) => item.trim().replace(/^"(.*)"$/, "$1").replace(/\\\\/g, "\\")).filter(Boolean);
    if (/'A'|'a'/.test(ranges)) items.push("a name");
    else if (/'0'/.test(ranges)) items.push("a number");
    return items.length > 8 ? items.slice(0, 8).join(", ") + ", …" : items.join(", ");
  }

  // One line: what went wrong and where, in words a person can act on.
  function oneLine(error) {
    let detail = (error.detail || "the query failed").replace(/\s+/g, " ").replace(/error at \d+:\d+: /, "");
    const expected = detail.match(/^(.*?expected (?:one of )?)(.*)$/);
    if (expected) detail = expected[1].replace("one of ", "one of: ") + (expectedWords(expected[2]) || "something else here");
    if (detail.length > 200) detail = detail.slice(0, 200) + "…";
    const where = error.line ? "line " + error.line + ", column " + error.column + ": " : "";
    return where + detail;
  }

  function markError(error) {
    if (!editor || !error.line) return;
    const line = error.line - 1, ch = Math.max(0, (error.column || 1) - 1);
    const length = editor.getLine(line) ? editor.getLine(line).length : 0;
    const start = Math.max(0, Math.min(ch, length - 1));
    errorMarks.push(editor.markText({ line, ch: start }, { line, ch: Math.min(start + 1, length) },
                                    { className: "cm-error-mark", title: oneLine(error) }));
    errorMarks.push({ clear: ((handle) => () => editor.removeLineClass(handle, "background", "cm-error-line"))(
      editor.addLineClass(line, "background", "cm-error-line")) });
  }

  function clearErrorMarks() { errorMarks.forEach((m) => m.clear()); errorMarks = []; }

  function showError(error) {
    const box = document.getElementById("error");
    box.innerHTML = "";
    const title = document.createElement("strong");
    title.textContent = (error.title && error.title !== "Bad Request" ? error.title : "The query has a mistake") + " ";
    box.append(title, document.createTextNode(oneLine(error)));
    box.title = error.detail || "";
    box.hidden = false;
    markError(error);
    document.getElementById("results").innerHTML = "";
    document.getElementById("filters").hidden = true;
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

  async function show(response, query, elapsed) {
    const truncated = response.headers.get("X-Cdkg-Truncated") === "true" ? " (cut at the row cap)" : "";
    if ((response.headers.get("Content-Type") || "").startsWith("text/turtle")) {
      showGraph(await response.text());
      document.getElementById("filters").hidden = true;
      downloads(query, GRAPH_FORMATS);
      return "graph" + truncated + " in " + elapsed();
    }
    const data = await response.json();
    const time = elapsed();
    if (data.boolean !== undefined) {
      current = null;
      document.getElementById("results").innerHTML = '<p class="boolean">' + (data.boolean ? "Yes (true)" : "No (false)") + "</p>";
      document.getElementById("filters").hidden = true;
      downloads(query, ["json", "xml"]);
      return "answer in " + time;
    }
    const total = data.results.bindings.length;
    current = { vars: data.head.vars, rows: data.results.bindings, columns: columnsOf(data.head.vars), filters: {}, sort: null,
                summary: (n) => (n === total ? "" : n + " of ") + total + " row" + (total === 1 ? "" : "s") + truncated + " in " + time };
    const shown = render();
    showFilters();
    downloads(query, RESULT_FORMATS);
    return current.summary(shown);
  }

  async function run(event) {
    if (event) event.preventDefault();
    const query = getText();
    const status = document.getElementById("status");
    document.getElementById("error").hidden = true;
    clearErrorMarks();
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
    status.textContent = await show(response, query, elapsed);
  }

  function choose(button) {
    document.querySelectorAll("button.example").forEach((b) => b.classList.toggle("active", b === button));
    setText(button.dataset.query);
    history.replaceState(null, "", "#" + button.dataset.name);
    run();
  }

  document.getElementById("query-form").addEventListener("submit", run);
  if (editor) editor.on("change", clearErrorMarks);
  document.querySelectorAll("button.example").forEach((button) => button.addEventListener("click", () => choose(button)));
  const named = location.hash && document.querySelector("button.example[data-name='" + CSS.escape(location.hash.slice(1)) + "']");
  if (named) choose(named);
})();
