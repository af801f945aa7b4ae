/// The site's one stylesheet, inline in every page (no external assets): readable on a phone, high contrast (the
/// focus ring `--focus` is 4.7:1 against white, WCAG 2.1 SC 1.4.11 asks for 3:1), status in words as well as colour,
/// a table of class `stack` shown as one block per row on a phone (each cell labelled), and an A4 print layout for
/// the checklists.
enum SiteStyle {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #4a4a4a; --link: #0b4f9c; --line: #8a8a8a;
          --soft: #f2f4f7; --warn: #8a1c00; --ok: #1d5e20; --focus: #b35c00; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; font: 1rem/1.5 system-ui, -apple-system,
          "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; overflow-wrap: break-word; }
        a { color: var(--link); text-decoration: underline; }
        a:focus, button:focus, input:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
        .skip { position: absolute; left: -10000px; top: 0; }
        .skip:focus { position: static; display: inline-block; padding: .5rem; background: #ffbf47; color: #000; }
        header.site { border-bottom: 2px solid var(--ink); padding: .5rem 0; margin-bottom: 1rem; }
        header.site nav ul { list-style: none; padding: 0; margin: 0 0 .5rem; display: flex; flex-wrap: wrap;
          gap: .25rem 1rem; }
        header.site nav a[aria-current] { font-weight: bold; text-decoration: none; border-bottom: 3px solid; }
        form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
        form.search input { flex: 1 1 10rem; min-width: 0; font: inherit; padding: .3rem; border: 1px solid var(--ink); }
        button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--ink); background: var(--soft);
          color: var(--ink); }
        .alternates { margin: .5rem 0 0; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }
        .table-wrap { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: var(--soft); }
        th[scope="row"] { background: var(--soft); font-weight: 600; }
        td.amount { text-align: right; white-space: nowrap; }
        .meta, .source { color: var(--muted); font-size: .9rem; }
        .reading { font-style: italic; font-size: .9rem; }
        .status { display: inline-block; padding: 0 .4rem; border: 1px solid; border-radius: .2rem; font-weight: 600; }
        .status-valid { color: var(--ok); }
        .status-expired { color: var(--warn); }
        .status-expired::before { content: "⚠ "; }
        .status-notStated { color: var(--muted); }
        .blank { border-bottom: 1px solid var(--ink); padding: 0 1rem; font-style: italic; }
        pre { white-space: pre-wrap; background: var(--soft); padding: .5rem; border: 1px solid var(--line);
          font-size: .95rem; }
        .checklist td.who ul, td.contacts ul { margin: .25rem 0; padding-left: 1.25rem; }
        ol.results li { margin-bottom: .75rem; }
        .en { color: var(--muted); }
        footer.site { margin-top: 3rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
        .checklist { table-layout: fixed; }
        .checklist th, .checklist td { overflow-wrap: normal; word-break: normal; }
        .checklist col.tick { width: 4.5rem; }
        .checklist col.who { width: 34%; }
        .checklist td.tick { text-align: center; }
        .checklist input[type="checkbox"] { width: 1.2rem; height: 1.2rem; }
        .checklist .group th { background: #e4e8ee; font-weight: bold; }
        .handwritten { width: 100%; }
        .handwritten th { width: 40%; }
        .handwritten td { height: 2rem; }
        .print-only { display: none; }
        @media (max-width: 40rem) {
          table.stack thead { position: absolute; left: -10000px; }
          table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; }
          table.stack tr { border: 1px solid var(--line); margin-bottom: .5rem; }
          table.stack td { border: 0; padding: .2rem .5rem; }
          table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
        }
        @page { size: A4; margin: 8mm 10mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.3; }
          header.site, .skip, .no-print { display: none; }
          .print-only { display: block; }
          a { color: var(--ink); text-decoration: none; }
          h1 { font-size: 14pt; margin: 0 0 2mm; }
          h2 { font-size: 11pt; margin: 3mm 0 1mm; }
          th, td { padding: 1mm 1.5mm; }
          table { margin: 1mm 0 2mm; page-break-inside: auto; }
          tr { page-break-inside: avoid; }
          .handwritten td, .handwritten th { height: 5mm; padding-top: 0; padding-bottom: 0; }
          .checklist input[type="checkbox"] { width: 4mm; height: 4mm; margin: 0; }
          .checklist-page { font-size: 8.5pt; line-height: 1.15; }
          .checklist-page h2 { margin: 2mm 0 .5mm; }
          .checklist-page .source { font-size: 6.5pt; }
          .checklist-page .meta { font-size: 8.5pt; margin: 0 0 1.5mm; }
          .checklist-page td.who ul { display: inline; padding: 0; margin: 0; }
          .checklist-page td.who ul li { display: inline; }
          .checklist-page td.who ul li + li::before { content: " · "; }
          .checklist-page td.who ul::before { content: " — "; }
          .checklist-page caption { padding: 0; }
          .checklist col.tick { width: 11mm; }
          footer.site { margin-top: 1mm; font-size: 7.5pt; }
          footer.site p { margin: 0; }
          .table-wrap { overflow: visible; }
        }

        """
}
