/// The site's one script, inline in every page (no library, no network): search over the inline index on the
/// search page (`?q=` is read on load), and `?check=width`, which writes whether the page fits the window into
/// the page (read by the browser test). Results are made with DOM calls and `textContent`, never markup.
enum SiteScript {
    static let js = """
        (function () {
          "use strict";
          var params = new URLSearchParams(window.location.search);
          function fold(s) {
            return s.toLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g, "");
          }
          var data = document.getElementById("search-index");
          var list = document.getElementById("results");
          if (data && list) {
            var entries = JSON.parse(data.textContent);
            var input = document.getElementById("q");
            var status = document.getElementById("result-count");
            var run = function (query) {
              while (list.firstChild) { list.removeChild(list.firstChild); }
              var words = fold(query).split(/\\s+/).filter(function (w) { return w.length > 0; });
              if (words.length === 0) { status.textContent = ""; list.setAttribute("data-count", "0"); return; }
              var found = entries.filter(function (e) {
                var hay = fold(e.h + " " + e.x);
                return words.every(function (w) { return hay.indexOf(w) >= 0; });
              });
              found.sort(function (a, b) { return (a.l === document.documentElement.lang ? 0 : 1) -
                (b.l === document.documentElement.lang ? 0 : 1); });
              found.forEach(function (e) {
                var li = document.createElement("li");
                var a = document.createElement("a");
                a.href = e.u;
                a.textContent = e.t + " — " + e.h;
                a.lang = e.l;
                li.appendChild(a);
                var at = fold(e.x).indexOf(words[0]);
                if (at >= 0) {
                  var p = document.createElement("p");
                  var start = Math.max(0, at - 60);
                  p.textContent = (start > 0 ? "… " : "") + e.x.substring(start, at + 100) + " …";
                  p.lang = e.l;
                  li.appendChild(p);
                }
                list.appendChild(li);
              });
              list.setAttribute("data-count", String(found.length));
              status.textContent = found.length === 0 ? list.getAttribute("data-none") :
                found.length + " " + list.getAttribute("data-results");
            };
            var q = params.get("q") || "";
            input.value = q;
            run(q);
            input.addEventListener("input", function () { run(input.value); });
          }
          Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
            button.addEventListener("click", function () { window.print(); });
          });
          if (params.get("check") === "width") {
            var width = document.documentElement.scrollWidth;
            var out = document.createElement("p");
            out.id = "width-check";
            out.textContent = "scrollWidth=" + width + " innerWidth=" + window.innerWidth + " " +
              (width <= window.innerWidth ? "fits" : "too-wide");
            document.body.appendChild(out);
          }
        })();

        """
}
