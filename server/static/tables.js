// Tables marked "sortable" sort by a column when its head is clicked (numbers as numbers);
// a select marked data-autosubmit sends its form when changed.
(function () {
  "use strict";
  document.querySelectorAll("select[data-autosubmit]").forEach((select) => {
    select.addEventListener("change", () => select.form.submit());
  });
  document.querySelectorAll("table.sortable").forEach((table) => {
    const heads = [...table.tHead.rows[0].cells];
    heads.forEach((th, index) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      button.title = th.title || "sort by " + th.textContent.toLowerCase();
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", () => {
        const up = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = [...body.rows];
        const key = (row) => (row.cells[index] ? row.cells[index].textContent.trim() : "");
        rows.sort((a, b) => {
          const x = key(a), y = key(b), n = (parseFloat(x) || 0) - (parseFloat(y) || 0);
          const order = n !== 0 ? n : x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
          return up ? order : -order;
        });
        rows.forEach((row) => body.appendChild(row));
      });
    });
  });
})();
